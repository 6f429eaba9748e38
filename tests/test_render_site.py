"""The static site: pages, chronological index, register mentions, relative links, the command."""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from render_helpers import DATA, ROOT, broken_fragment_links, html_words, text_area
from teikit.render import command
from teikit.render.site import build_site

TEI_FILES = sorted((ROOT / "tei").glob("[0-9]*.xml"))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A crafted document with its own small register."""
    out = tmp_path_factory.mktemp("site")
    report = build_site([DATA / "crafted.xml"], DATA / "register.xml", out)
    assert report.ok, report.failures
    return out


@pytest.fixture(scope="module")
def edition_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The edition in tei/ with its register."""
    out = tmp_path_factory.mktemp("edition")
    report = build_site(TEI_FILES, ROOT / "tei" / "register.xml", out)
    assert report.ok, report.failures
    return out


def test_pages_written(edition_site: Path) -> None:
    names = {p.name for p in edition_site.iterdir()}
    for stem in (p.stem for p in TEI_FILES):
        assert {f"{stem}.html", f"{stem}.diplomatic.html", f"{stem}.sidebyside.html"} <= names
    assert {"index.html", "persons.html", "organisations.html", "places.html"} <= names
    assert (edition_site / "assets" / "teikit.css").exists() and (edition_site / "assets" / "filter.js").exists()


def test_edition_register_pages_list_the_mentions(edition_site: Path) -> None:
    orgs = lxml.html.parse(str(edition_site / "organisations.html")).getroot()
    # every orgName pointing at the CPSU in the five documents is listed under its entry
    import re
    expected = sum(len(re.findall(r'<orgName ref="register.xml#cpsu">', p.read_text(encoding="utf-8"))) for p in TEI_FILES)
    assert expected > 0 and len(orgs.xpath("//section[@id='cpsu']//ul[@class='mentions']/li")) == expected


def test_index_is_chronological_with_filter_data(site: Path, edition_site: Path) -> None:
    edition = lxml.html.parse(str(edition_site / "index.html")).getroot()
    dates = edition.xpath("//table[@class='documents']//td[@class='date']/time/@datetime")
    assert dates == sorted(dates) and len(dates) == len(TEI_FILES)
    doc = lxml.html.parse(str(site / "index.html")).getroot()
    row = doc.xpath("//tr[.//a[@href='crafted.html']]")[0]
    assert "khrushchev-n" in row.get("data-persons").split() and row.get("data-year") == "1964"
    assert doc.xpath("//select[@data-filter='persons']/option[@value='khrushchev-n']")


def test_register_lists_mentions_with_links_into_the_reading_view(site: Path) -> None:
    doc = lxml.html.parse(str(site / "persons.html")).getroot()
    entry = doc.xpath("//section[@id='khrushchev-n']")[0]
    link = entry.xpath(".//ul[@class='mentions']/li/a")[0]
    page, frag = link.get("href").split("#")
    assert page == "crafted.html"
    target = lxml.html.parse(str(site / page)).getroot().xpath(f"//*[@id='{frag}']")[0]
    assert target.text_content() == "N. S. Khrushchev"
    assert entry.xpath(".//mark[.='N. S. Khrushchev']") and "To Comrade" in entry.text_content()
    assert "&lt;script&gt;" in (site / "persons.html").read_text() and "<script>" not in (site / "persons.html").read_text()
    orgs = lxml.html.parse(str(site / "organisations.html")).getroot()
    assert len(orgs.xpath("//section[@id='cpsu']//ul[@class='mentions']/li")) == 2  # crafted.xml names it twice


@pytest.mark.parametrize("which", ["site", "edition_site"])
def test_all_links_are_relative_and_resolve(which: str, request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue(which)
    for page in site.glob("*.html"):
        html = page.read_text()
        assert broken_fragment_links(html) == [], page.name
        doc = lxml.html.document_fromstring(html)
        for href in doc.xpath("//@href | //@src"):
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                continue
            assert not parts.scheme and not href.startswith("/"), (page.name, href)
            if parts.path:
                target = site / parts.path
                assert target.exists(), (page.name, href)
                if parts.fragment and target.suffix == ".html":
                    ids = set(lxml.html.parse(str(target)).getroot().xpath("//@id"))
                    assert parts.fragment in ids, (page.name, href)


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    command.configure(parser.add_subparsers())
    return parser.parse_args(["render", *argv])


def test_command_renders_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = _args(str(DATA / "crafted.xml"), "--view", "diplomatic", "--out", str(tmp_path))
    assert command.run(args) == 0
    page = (tmp_path / "crafted.diplomatic.html").read_text()
    assert "Gagry [SIC]" in " ".join(html_words(text_area(page)))
    assert (tmp_path / "assets" / "teikit.css").exists()
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI><text>unclosed")
    assert command.run(_args(str(bad), str(DATA / "crafted.xml"), "--out", str(tmp_path))) == 1
    assert "bad.xml" in capsys.readouterr().err
    assert command.run(_args(str(tmp_path / "missing.xml"), "--out", str(tmp_path))) == 2
    with pytest.raises(SystemExit) as exit_info:
        _args(str(DATA / "crafted.xml"), "--view", "nonsense")
    assert exit_info.value.code == 2


@pytest.mark.parametrize("view", ["reading", "diplomatic"])
def test_reply_links_both_ways_in_both_views(edition_site: Path, view: str) -> None:
    suffix = ".html" if view == "reading" else ".diplomatic.html"
    reply = lxml.html.parse(str(edition_site / f"000_c4597c774dfb8533{suffix}")).getroot()
    original = lxml.html.parse(str(edition_site / f"001_5e72ef8bd04fa2fa{suffix}")).getroot()
    # in the text: 'your letter of 26 June 1964' links to the letter it answers
    cited = reply.xpath("//article[@id='text']//cite[@class='bibl']/a[@href='001_5e72ef8bd04fa2fa.html']")
    assert cited and "your letter of 26 June 1964" in cited[0].text_content()
    # in the title blocks: in reply to / replied to by
    assert reply.xpath("//dt[.='In reply to']/following-sibling::dd[1]/a[@href='001_5e72ef8bd04fa2fa.html']")
    assert original.xpath("//dt[.='Replied to by']/following-sibling::dd[1]/a[@href='000_c4597c774dfb8533.html']")


def test_works_page_lists_every_cited_work_with_its_citations(edition_site: Path) -> None:
    from lxml import etree
    works = lxml.html.parse(str(edition_site / "bibliography.html")).getroot()
    bib = etree.parse(str(ROOT / "tei" / "bibliography.xml"))
    ids = bib.xpath("//*[local-name()='bibl']/@xml:id")
    assert sorted(works.xpath("//section[@class='entry']/@id")) == sorted(ids)
    danube = works.xpath("//section[@id='danube-convention-1948']//ul[@class='mentions']/li/a/@href")
    assert danube == ["002_eba8ff610aa90a90.html"]
    page = lxml.html.parse(str(edition_site / "002_eba8ff610aa90a90.html")).getroot()
    assert page.xpath("//a[@class='ref-work'][@href='bibliography.html#danube-convention-1948']")
