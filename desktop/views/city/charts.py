"""Charts drawn with QPainter (QtCharts is not in PySide6-Essentials): a bar chart (stacked or
side by side, with an optional target line) and a heat map. Each draws itself the same way on the
screen and into a picture, so `save_png` gives a slide-ready image at any size."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSizePolicy, QWidget

EXPORT_SIZE = QSize(1600, 900)
AXIS_COLOUR = QColor("#616161")
GRID_COLOUR = QColor("#e0e0e0")
TEXT_COLOUR = QColor("#212121")
TARGET_COLOUR = QColor("#c62828")


@dataclass
class Series:
    name: str
    colour: str
    values: list[float]


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 5 × 10ⁿ) covering `maximum` in about `ticks` steps."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(factor * power, 1.0) if maximum >= ticks else factor * power
    return 10 * power


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 1e-9 else f"{value:.1f}"


class ChartWidget(QWidget):
    """Common to both charts: a title, painting at any size, saving as PNG, a context menu."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ""
        self.setMinimumSize(360, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        save = QAction(self.tr("保存为图片…"), self)
        save.triggered.connect(self.ask_save)
        self.addAction(save)

    def sizeHint(self) -> QSize:
        return QSize(720, 400)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(self.rect()), scale=1.0)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def render_image(self, size: QSize = EXPORT_SIZE) -> QImage:
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter, QRectF(0, 0, size.width(), size.height()), scale=size.width() / 800)
        painter.end()
        return image

    def save_png(self, path: Path, size: QSize = EXPORT_SIZE) -> bool:
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        path.parent.mkdir(parents=True, exist_ok=True)
        return self.render_image(size).save(str(path), "PNG")

    def ask_save(self) -> None:
        name = (self.title or self.tr("图表")).replace("/", "-").replace(" ", "")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存图表"), f"{name}.png", self.tr("PNG 图片 (*.png)")
        )
        if path and not self.save_png(Path(path)):
            QMessageBox.warning(
                self, self.tr("保存图表"), self.tr("无法写入 %1").replace("%1", path)
            )

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.ask_save()
            return
        super().keyPressEvent(event)

    # helpers for subclasses
    def _font(self, scale: float, points: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(points * scale)
        font.setBold(bold)
        return font

    def _draw_title(self, painter: QPainter, rect: QRectF, scale: float) -> float:
        painter.setFont(self._font(scale, 12, bold=True))
        painter.setPen(TEXT_COLOUR)
        height = painter.fontMetrics().height() * 1.6
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), height),
            Qt.AlignmentFlag.AlignCenter,
            self.title,
        )
        return height

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        raise NotImplementedError


class BarChart(ChartWidget):
    """Bars per category; several series stack (or stand side by side); an optional target line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.stacked = True
        self.target: float | None = None
        self.target_label = ""
        self.value_label = ""

    def set_data(
        self,
        title: str,
        categories: list[str],
        series: list[Series],
        *,
        stacked: bool = True,
        target: float | None = None,
        target_label: str = "",
        value_label: str = "",
    ) -> None:
        self.title, self.categories, self.series = title, list(categories), list(series)
        self.stacked, self.target, self.target_label = stacked, target, target_label
        self.value_label = value_label
        summary = [
            f"{c}: " + "、".join(f"{s.name} {_number(s.values[i])}" for s in self.series)
            for i, c in enumerate(self.categories)
        ]
        self.setToolTip(title + "\n" + "\n".join(summary[:20]))
        self.setAccessibleDescription(";".join(summary))
        self.update()

    def _maximum(self) -> float:
        if not self.categories:
            return 1.0
        if self.stacked:
            top = max(sum(s.values[i] for s in self.series) for i in range(len(self.categories)))
        else:
            top = max((max(s.values) for s in self.series if s.values), default=0)
        return max(top, self.target or 0, 1.0)

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        painter.fillRect(rect, QColor("white"))
        pad = 12 * scale
        rect = rect.adjusted(pad, pad / 2, -pad, -pad / 2)
        top = rect.top() + self._draw_title(painter, rect, scale)
        # legend
        painter.setFont(self._font(scale, 9))
        metrics = painter.fontMetrics()
        legend_h = metrics.height() * 1.5
        x = rect.left()
        entries = [(s.name, QColor(s.colour)) for s in self.series if s.name]
        for name, fill in entries:
            box = metrics.height() * 0.8
            painter.fillRect(QRectF(x, top + (legend_h - box) / 2, box, box), fill)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QPointF(x + box * 1.4, top + legend_h * 0.72), name)
            x += box * 2 + metrics.horizontalAdvance(name) + 14 * scale
        if self.target is not None:
            painter.setPen(QPen(TARGET_COLOUR, 2 * scale, Qt.PenStyle.DashLine))
            painter.drawLine(
                QPointF(x, top + legend_h / 2), QPointF(x + 24 * scale, top + legend_h / 2)
            )
            painter.setPen(TARGET_COLOUR)
            painter.drawText(QPointF(x + 30 * scale, top + legend_h * 0.72), self.target_label)
        top += legend_h
        if not self.categories:
            painter.setPen(AXIS_COLOUR)
            painter.drawText(
                QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("暂无数据"),
            )
            return
        # axes
        maximum = self._maximum()
        step = nice_step(maximum)
        axis_top = math.ceil(maximum / step) * step
        label_w = metrics.horizontalAdvance(_number(axis_top)) + 8 * scale
        cat_h = metrics.height() * 2.6
        plot = QRectF(rect.left() + label_w, top + 6 * scale, 0, 0)
        plot.setRight(rect.right())
        plot.setBottom(rect.bottom() - cat_h)
        if self.value_label:
            painter.setPen(AXIS_COLOUR)
            painter.drawText(QPointF(rect.left(), top), self.value_label)
        ticks = round(axis_top / step)
        for i in range(ticks + 1):
            value = i * step
            y = plot.bottom() - plot.height() * value / axis_top
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS_COLOUR)
            painter.drawText(
                QRectF(
                    rect.left(), y - metrics.height() / 2, label_w - 4 * scale, metrics.height()
                ),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _number(value),
            )
        # bars
        count = len(self.categories)
        slot = plot.width() / count
        bar_w = slot * 0.62
        per = 1 if self.stacked else max(len(self.series), 1)
        for i, category in enumerate(self.categories):
            left = plot.left() + slot * i + (slot - bar_w) / 2
            base = 0.0
            for j, series in enumerate(self.series):
                value = series.values[i]
                if value <= 0:
                    continue
                if self.stacked:
                    y0 = plot.bottom() - plot.height() * base / axis_top
                    y1 = plot.bottom() - plot.height() * (base + value) / axis_top
                    bar = QRectF(left, y1, bar_w, y0 - y1)
                    base += value
                else:
                    width = bar_w / per
                    y1 = plot.bottom() - plot.height() * value / axis_top
                    bar = QRectF(left + width * j, y1, width, plot.bottom() - y1)
                painter.fillRect(bar, QColor(series.colour))
                if bar.height() > metrics.height() and bar.width() > metrics.horizontalAdvance(
                    "000"
                ):
                    painter.setPen(TEXT_COLOUR)
                    painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, _number(value))
            total = sum(s.values[i] for s in self.series) if self.stacked else None
            if total:
                y = plot.bottom() - plot.height() * total / axis_top
                painter.setPen(TEXT_COLOUR)
                painter.drawText(
                    QRectF(
                        left - slot, y - metrics.height() * 1.2, bar_w + 2 * slot, metrics.height()
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    _number(total),
                )
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QRectF(plot.left() + slot * i, plot.bottom() + 2 * scale, slot, cat_h),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWrapAnywhere,
                category,
            )
        painter.setPen(QPen(AXIS_COLOUR, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if self.target is not None:
            y = plot.bottom() - plot.height() * self.target / axis_top
            painter.setPen(QPen(TARGET_COLOUR, 2 * scale, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))


def _blend(low: QColor, high: QColor, t: float) -> QColor:
    t = min(max(t, 0.0), 1.0)
    return QColor(
        round(low.red() + (high.red() - low.red()) * t),
        round(low.green() + (high.green() - low.green()) * t),
        round(low.blue() + (high.blue() - low.blue()) * t),
    )


class HeatMap(ChartWidget):
    """Rows × columns of values between 0 and 1 (None: no data), coloured low → high."""

    LOW = QColor("#fdecea")
    MID = QColor("#fff59d")
    HIGH = QColor("#2e7d32")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.values: list[list[float | None]] = []
        self.legend_low = ""
        self.legend_high = ""

    def set_data(
        self,
        title: str,
        rows: list[str],
        columns: list[str],
        values: list[list[float | None]],
        *,
        legend_low: str = "0%",
        legend_high: str = "100%",
    ) -> None:
        self.title, self.rows, self.columns, self.values = title, rows, columns, values
        self.legend_low, self.legend_high = legend_low, legend_high
        self.setToolTip(title)
        lines = []
        for name, row in zip(rows, values, strict=False):
            cells = ("—" if v is None else f"{v:.0%}" for v in row)
            lines.append(
                f"{name}: " + "、".join(f"{c} {v}" for c, v in zip(columns, cells, strict=False))
            )
        self.setAccessibleDescription(";".join(lines))
        self.update()

    @classmethod
    def colour_for(cls, value: float | None) -> QColor:
        if value is None:
            return QColor("#f5f5f5")
        if value < 0.5:
            return _blend(cls.LOW, cls.MID, value * 2)
        return _blend(cls.MID, cls.HIGH, (value - 0.5) * 2)

    def paint(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        painter.fillRect(rect, QColor("white"))
        pad = 12 * scale
        rect = rect.adjusted(pad, pad / 2, -pad, -pad / 2)
        top = rect.top() + self._draw_title(painter, rect, scale)
        painter.setFont(self._font(scale, 9))
        metrics = painter.fontMetrics()
        if not self.rows or not self.columns:
            painter.setPen(AXIS_COLOUR)
            painter.drawText(
                QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("暂无数据"),
            )
            return
        label_w = min(
            max(metrics.horizontalAdvance(r) for r in self.rows) + 10 * scale, rect.width() * 0.35
        )
        # Column names: one line if they fit, else split in two halves; the font shrinks
        # until the longest half fits its column.
        available = (rect.width() - label_w) / len(self.columns) - 6 * scale
        head_font = self._font(scale, 9)
        head_metrics = QFontMetricsF(head_font)
        widest = max(head_metrics.horizontalAdvance(c) for c in self.columns)
        lines = 1 if widest <= available else 2
        if lines == 2:
            halves = [c[: math.ceil(len(c) / 2)] for c in self.columns]
            longest = max(head_metrics.horizontalAdvance(h) for h in halves)
            if longest > available:
                head_font.setPointSizeF(max(head_font.pointSizeF() * available / longest, 5.0))
                head_metrics = QFontMetricsF(head_font)
        head_h = head_metrics.height() * (lines + 0.6)
        legend_h = metrics.height() * 1.8
        grid = QRectF(rect.left() + label_w, top + head_h, 0, 0)
        grid.setRight(rect.right())
        grid.setBottom(rect.bottom() - legend_h)
        cell_w = grid.width() / len(self.columns)
        cell_h = grid.height() / len(self.rows)
        painter.setFont(head_font)
        painter.setPen(TEXT_COLOUR)
        for j, column in enumerate(self.columns):
            if lines == 2 and head_metrics.horizontalAdvance(column) > available:
                half = math.ceil(len(column) / 2)
                column = column[:half] + "\n" + column[half:]
            painter.drawText(
                QRectF(grid.left() + j * cell_w, top, cell_w, head_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                column,
            )
        painter.setFont(self._font(scale, 9))
        for i, row in enumerate(self.rows):
            y = grid.top() + i * cell_h
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QRectF(rect.left(), y, label_w - 6 * scale, cell_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(row, Qt.TextElideMode.ElideRight, int(label_w - 6 * scale)),
            )
            for j in range(len(self.columns)):
                value = self.values[i][j] if j < len(self.values[i]) else None
                cell = QRectF(grid.left() + j * cell_w, y, cell_w, cell_h)
                fill = self.colour_for(value)
                painter.fillRect(cell.adjusted(1, 1, -1, -1), fill)
                if cell_h >= metrics.height() * 0.9:
                    painter.setPen(QColor("white") if (value or 0) > 0.75 else TEXT_COLOUR)
                    text = "—" if value is None else f"{value:.0%}"
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
        # legend: a gradient bar
        bar = QRectF(
            grid.left(),
            grid.bottom() + legend_h * 0.35,
            min(grid.width(), 260 * scale),
            legend_h * 0.4,
        )
        steps = 40
        for k in range(steps):
            part = QRectF(
                bar.left() + bar.width() * k / steps,
                bar.top(),
                bar.width() / steps + 1,
                bar.height(),
            )
            painter.fillRect(part, self.colour_for(k / (steps - 1)))
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QPointF(
                bar.left() - metrics.horizontalAdvance(self.legend_low) - 6 * scale, bar.bottom()
            ),
            self.legend_low,
        )
        painter.drawText(QPointF(bar.right() + 6 * scale, bar.bottom()), self.legend_high)
