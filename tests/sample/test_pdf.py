"""The print edition: print HTML (fast) and the PDF itself (slow: WeasyPrint + poppler).

The PDF checks read the PDF back page by page (``pdftotext -layout``) and
compare what the contents and indexes claim with where things really are.
The index needs names with register @ref; the bundled TEI may not carry them
yet, so the tests mark a few known names in copies of the documents.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from teikit.render.printhtml import assemble, print_html

ROOT = Path(__file__).resolve().parents[2]
TEI = ROOT / "tei"
DOCS = sorted(p for p in TEI.glob("0*.xml"))

# (form in the text, element, register id): longest forms first, so "Warsaw Pact" wins over "Warsaw".
NAMES = [
    ("Gheorghe Gheorghiu Dej", "persName", "gheorghiu-dej-gheorghe"),
    ("Warsaw Pact", "orgName", "warsaw-pact"),
    ("Brezhnev", "persName", "brezhnev-leonid"),
    ("Ceausescu", "persName", "ceausescu-nicolae"),
    ("Maurer", "persName", "maurer-ion-gheorghe"),
    ("Andropov", "persName", "andropov-yuri"),
    ("CPSU", "orgName", "cpsu"),
    ("Moscow", "placeName", "moscow"),
    ("Bucharest", "placeName", "bucharest"),
    ("Warsaw", "placeName", "warsaw"),
    ("Hanoi", "placeName", "hanoi"),
]
_NAME_RE = re.compile(r"\b(" + "|".join(re.escape(f) for f, _, _ in NAMES) + r")\b")
_KIND = {form: (el, ref) for form, el, ref in NAMES}


def mark_names(src: Path, dest: Path) -> Path:
    """Copy a TEI file, wrapping the NAMES in <text> (outside existing names) as the contract encodes them."""
    xml = src.read_text(encoding="utf-8")
    head, sep, body = xml.partition("<text>")
    out, depth = [], 0
    for piece in re.split(r"(<[^>]+>)", body):
        if piece.startswith("<"):
            if re.match(r"<(persName|orgName|placeName)\b", piece) and not piece.endswith("/>"):
                depth += 1
            elif re.match(r"</(persName|orgName|placeName)>", piece):
                depth -= 1
            out.append(piece)
        elif depth == 0:
            out.append(_NAME_RE.sub(lambda m: '<{0} ref="register.xml#{1}">{2}</{0}>'.format(
                *_KIND[m.group(1)], m.group(1)), piece))
        else:
            out.append(piece)
    target = dest / src.name
    target.write_text(head + sep + "".join(out), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def named_tei(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("named")
    for doc in DOCS:
        mark_names(doc, folder)
    shutil.copy(TEI / "register.xml", folder / "register.xml")
    return folder


def _docs(folder: Path) -> list[Path]:
    return sorted(folder.glob("0*.xml"))


# ---------- print HTML (fast) ----------

def test_documents_in_chronological_order_with_a_toc_entry_each(named_tei: Path) -> None:
    page = lxml_html.fromstring(print_html(assemble(_docs(named_tei), named_tei / "register.xml")))
    articles = page.xpath("//article[@class='document']")
    assert len(articles) == len(DOCS)
    dates = [a.xpath("string(.//p[@class='doc-date'])") for a in articles]
    assert dates[0] == "9 May 1963" and dates[-1] == "25 July 1965", dates
    toc = page.xpath("//ol[@class='toc-docs']/li/a/@href")
    assert toc == ["#" + a.get("id") for a in articles]


def test_every_index_link_points_at_a_mention_of_that_entry(named_tei: Path) -> None:
    page = lxml_html.fromstring(print_html(assemble(_docs(named_tei), named_tei / "register.xml")))
    entries = page.xpath("//li[@class='index-entry']")
    assert {e.get("data-ref") for e in entries} >= {"brezhnev-leonid", "moscow", "cpsu", "warsaw-pact"}
    checked = 0
    for entry in entries:
        for href in entry.xpath(".//a[@class='pg']/@href"):
            (target,) = page.xpath(f"//*[@id='{href[1:]}']")
            if target.get("class") == "speaker":
                continue  # a speaker turn (sp/@who): its text is the typed speaker label
            assert target.get("data-ref") == entry.get("data-ref")
            form = target.text_content()
            if form in _KIND:  # a name this test marked: the ground truth is NAMES
                assert _KIND[form][1] == entry.get("data-ref"), (entry.get("data-ref"), form)
                checked += 1
    assert checked >= 20


def test_notes_are_footnotes_at_their_call(named_tei: Path) -> None:
    page = lxml_html.fromstring(print_html(assemble(_docs(named_tei), named_tei / "register.xml")))
    notes = page.xpath("//article[@id='d004_199396b955c38b4b']//span[contains(@class, 'footnote')]")
    assert [n.get("data-n") for n in notes] == [str(i) for i in range(1, len(notes) + 1)]
    first = notes[0]
    assert first.getparent().tag == "h2" and "RECORD OF A CONVERSATION" in first.getparent().text
    diplomatic = lxml_html.fromstring(print_html(assemble([TEI / DOCS[4].name]), diplomatic=True))
    stars = diplomatic.xpath("//span[contains(@class, 'footnote')]/@data-n")
    assert stars and set(stars) == {"*"}
    text = diplomatic.xpath("string(//div[contains(@class, 'text')])")
    assert "[SIC]" in " ".join(text.split()).replace("[ ", "[").replace(" ]", "]")


def test_paper_size_is_written_into_the_page() -> None:
    corpus = assemble(DOCS[:1])
    assert "size: A4" in print_html(corpus, paper="A4")
    assert "size: letter" in print_html(corpus, paper="Letter")
    with pytest.raises(ValueError):
        print_html(corpus, paper="A5")


# ---------- the PDF (slow) ----------

def _need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian package poppler-utils)")
    pytest.importorskip("weasyprint", reason="weasyprint is not installed (pip install weasyprint)")
    fonts = (subprocess.run(["fc-list", "Noto Serif"], capture_output=True, text=True).stdout
             if shutil.which("fc-list") else "")
    if "NotoSerif" not in fonts.replace(" ", ""):
        pytest.skip("font Noto Serif not installed (Debian package fonts-noto-core)")


def pages_text(pdf: Path, layout: bool = True) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds); layout=False reads columns in order."""
    args = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout.split("\f")[:-1]


def _flat(text: str) -> str:
    """Words only: layout spaces folded, hyphenated line ends joined."""
    return " ".join(re.sub(r"[-\u2010\u00ad]\n\s*", "", text).split())


def _fold(text: str) -> str:
    """Without diacritics and with straight quotes (the matcher folds these too)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return plain.replace("\u2019", "'")


def forms(ref: str) -> list[str]:
    """Every form the register records for an entry (the name matcher's forms), in the page's spelling."""
    entry = etree.parse(str(TEI / "register.xml")).xpath("//*[@xml:id=$id]", id=ref)[0]
    names = entry.xpath("t:persName | t:orgName | t:placeName", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    found = {" ".join("".join(n.itertext()).split()) for n in names}
    return sorted(found | {f for f, _, r in NAMES if r == ref})


def _without_head(text: str, number: int) -> str:
    """A page's text without its running head (the first line, when it carries the folio)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and str(number) in (lines[0].split()[0], lines[0].split()[-1]):
        lines = lines[1:]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def edition(named_tei: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    _need("pdftotext", "pdffonts", "pdfinfo")
    from teikit.render.pdf import build_pdf

    out = tmp_path_factory.mktemp("pdf") / "edition.pdf"
    report = build_pdf(_docs(named_tei), named_tei / "register.xml", out)
    return out, report, pages_text(out), pages_text(out, layout=False)


@pytest.mark.slow
def test_toc_pages_are_where_documents_really_start(edition) -> None:  # type: ignore[no-untyped-def]
    pdf, report, pages, _ = edition
    toc = next(i for i, p in enumerate(pages) if "Contents" in p)
    entries = re.findall(r"\.{3,}\s*(\d+)\s*$", pages[toc], re.M)
    assert len(entries) >= len(DOCS)
    heads = [" ".join(a.xpath("string(.//h1)").split())
             for a in lxml_html.fromstring(print_html(assemble(DOCS))).xpath("//article")]
    for number, title in zip(map(int, entries[:len(DOCS)]), heads):
        # The document's heading block (date, then title) opens that page, and only that one.
        top = [line for line in pages[number - 1].splitlines() if line.strip()][:4]
        assert title[:40] in _flat("\n".join(top[1:])), (number, title, top)
        assert re.fullmatch(r"\d{1,2} [A-Za-z]+ \d{4}|Undated", top[0].strip()), top[0]
    assert sorted(report.starts.values()) == sorted(map(int, entries[:len(DOCS)]))


@pytest.mark.slow
def test_index_pages_are_pages_where_the_name_appears(edition, named_tei: Path) -> None:  # type: ignore[no-untyped-def]
    pdf, _report, pages, flowing = edition
    start = next(i for i, p in enumerate(pages) if p.strip().startswith("Index of persons"))
    index = _flat("\n".join(flowing[start:]))
    page = lxml_html.fromstring(print_html(assemble(_docs(named_tei), TEI / "register.xml")))
    checked = 0
    for ref in page.xpath("//li[@class='index-entry']/@data-ref"):  # every entry, not only those marked here
        # no-break spaces (after initials) read back from the PDF as spaces
        label = " ".join(page.xpath(f"string(//li[@data-ref='{ref}']/span[@class='index-name'])").split())
        # _flat joins a line-end hyphen, so a name's own hyphen may be gone.
        # An entry follows the heading or the previous entry's last page number ("CPSU" must not match
        # inside "Communist Party of the Soviet Union").
        match = re.search(r"(?:\d|persons|organisations|places) " + re.escape(label).replace(r"\-", "-?")
                          + r"(?: \([^)]*\))? ((?:\d+(?:, )?)+)", index)
        assert match, (label, index[:300])
        numbers = [int(n) for n in match.group(1).split(", ") if n]
        assert numbers == sorted(set(numbers)), (label, numbers)  # one number per page, in order
        for n in numbers:
            # A mention may start at the foot of the page and end on the next: it must start on page n.
            text = _fold(_flat(_without_head(pages[n - 1], n)))
            both = text + " " + _fold(_flat(_without_head(pages[n], n + 1) if n < len(pages) else ""))
            starts = [m.start() for f in forms(ref) for m in re.finditer(rf"\b{re.escape(_fold(f))}(?!\w)", both)]
            assert any(i < len(text) for i in starts), (ref, n)
            checked += 1
    assert checked >= 100


@pytest.mark.slow
def test_footnote_is_on_the_page_of_its_call(edition) -> None:  # type: ignore[no-untyped-def]
    _pdf, _report, pages, _ = edition
    call = next(i for i, p in enumerate(pages) if "RECORD OF A CONVERSATION" in p)
    assert "The record of the conversation was not reviewed by Cde. L. I. Brezhnev." in _flat(pages[call])
    # a footnote sits below the text of its page
    lines = [line for line in pages[call].splitlines() if line.strip()]
    assert "The record of the conversation was not reviewed" in " ".join(lines[-3:])


@pytest.mark.slow
def test_fonts_are_embedded_and_cover_the_diacritics(edition, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf, _report, pages, _ = edition
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column
    assert any("Noto-Serif" in line for line in fonts)
    assert "Bîrladeanu" in _flat("\n".join(pages))


@pytest.mark.slow
def test_letter_and_a4_page_sizes(tmp_path: Path) -> None:
    _need("pdfinfo")
    from teikit.render.pdf import render_pdf

    sizes = {}
    for paper in ("A4", "Letter"):
        out = tmp_path / f"{paper}.pdf"
        report = render_pdf(DOCS[0], out, paper=paper)
        assert report.pages >= 1 and out.exists()
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        sizes[paper] = tuple(round(float(x)) for x in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert sizes == {"A4": (595, 842), "Letter": (612, 792)}


@pytest.mark.slow
def test_no_network_fetch(tmp_path: Path) -> None:
    _need("pdfinfo")
    from teikit.render.pdf import _fetcher

    with pytest.raises(ValueError):
        _fetcher().fetch("http://example.org/x.css")
