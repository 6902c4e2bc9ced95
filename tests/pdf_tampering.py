"""Ways to tamper with a signed PDF, shared by the trust tests and the return tests."""

import io
import re

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader


def write(writer) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def append_update(pdf: bytes, objects: dict[int, generic.PdfObject]) -> bytes:
    """Append a hand-made incremental update replacing exactly `objects`, nothing else."""
    reader = PdfFileReader(io.BytesIO(pdf))
    previous_xref = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    body = io.BytesIO()
    offsets = {}
    for number, obj in sorted(objects.items()):
        offsets[number] = len(pdf) + body.tell()
        body.write(f"{number} 0 obj\n".encode())
        obj.write_to_stream(body)
        body.write(b"\nendobj\n")
    xref_at = len(pdf) + body.tell()
    body.write(b"xref\n")
    for number, offset in sorted(offsets.items()):
        body.write(f"{number} 1\n{offset:010d} 00000 n \n".encode())
    trailer = generic.DictionaryObject(
        {
            generic.pdf_name(key): reader.trailer.raw_get(key)
            for key in ("/Size", "/Root", "/Info", "/ID")
        }
    )
    trailer[generic.pdf_name("/Prev")] = generic.NumberObject(previous_xref)
    body.write(b"trailer\n")
    trailer.write_to_stream(body)
    body.write(f"\nstartxref\n{xref_at}\n%%EOF\n".encode())
    return pdf + body.getvalue()


def add_annotation(pdf: bytes) -> bytes:
    """An incremental update that adds a sticky note to page 1."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    note = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
            generic.pdf_name("/Rect"): generic.ArrayObject(
                map(generic.NumberObject, (50, 50, 70, 70))
            ),
            generic.pdf_name("/Contents"): generic.TextStringObject("已审核"),
        }
    )
    writer.register_annotation(page_ref, writer.add_object(note))
    return write(writer)


def change_title(pdf: bytes, title: str = "改过的标题") -> bytes:
    """A hand-made incremental update that changes only /Info /Title."""
    reader = PdfFileReader(io.BytesIO(pdf))
    info_ref = reader.trailer.raw_get("/Info")
    info = generic.DictionaryObject(reader.trailer["/Info"])
    info[generic.pdf_name("/Title")] = generic.TextStringObject(title)
    return append_update(pdf, {info_ref.idnum: info})


def swap_attachment(pdf: bytes, forged: bytes) -> bytes:
    """An incremental update pointing the associated file at other bytes."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    point_attachment_at(writer, forged)
    return write(writer)


def point_attachment_at(writer, forged: bytes) -> None:
    """Make the catalog's associated file point at a new stream holding `forged`."""
    stream = generic.StreamObject(stream_data=forged)
    stream[generic.pdf_name("/Type")] = generic.pdf_name("/EmbeddedFile")
    ref = writer.add_object(stream)
    spec = writer.root["/AF"][0]
    spec[generic.pdf_name("/EF")] = generic.DictionaryObject(
        {generic.pdf_name("/F"): ref, generic.pdf_name("/UF"): ref}
    )
    writer.update_container(spec)
