"""Draw the app icon: a seal-red rounded square with 知 in white (知识产权), like a stamped seal.

Run once after changing it (needs Pillow, a developer tool only):
    python packaging/make_icon.py
It writes resources/icons/ip-tracker.png (256 px) and ip-tracker.ico (16–256 px, for Windows).
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
SEAL_RED = (178, 34, 34)
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = size // 16
    pen.rounded_rectangle(
        (margin, margin, size - margin, size - margin), radius=size // 6, fill=SEAL_RED
    )
    # A thin inner border, as on a carved seal.
    inset = size // 9
    pen.rounded_rectangle(
        (inset, inset, size - inset, size - inset),
        radius=size // 10,
        outline=(255, 255, 255, 235),
        width=max(2, size // 64),
    )
    font = ImageFont.truetype(str(FONT), int(size * 0.56), index=0)
    box = pen.textbbox((0, 0), "知", font=font)
    x = (size - (box[2] - box[0])) / 2 - box[0]
    y = (size - (box[3] - box[1])) / 2 - box[1]
    pen.text((x, y), "知", font=font, fill=(255, 255, 255, 255))
    return image


def main() -> None:
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(out / "ip-tracker.png")
    big.save(
        out / "ip-tracker.ico",
        sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
    )


if __name__ == "__main__":
    main()
