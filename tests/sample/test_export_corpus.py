"""teiCorpus export: tei_all, unique ids, pointers that follow renamed ids, register inside."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT, TEI_DIR, xp
from export_fixtures import write_edition
from teikit.export import corpus, ids
from teikit.export.edition import load_edition

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def make(tei_dir: Path, out_dir: Path | None = None) -> etree._Element:
    edition = load_edition(tei_dir)
    data = corpus.serialize(corpus.build_corpus(edition, ROOT / "schema", out_dir))
    return etree.fromstring(data)


@pytest.fixture(scope="module")
def seeds_corpus() -> etree._Element:
    return make(TEI_DIR, ROOT / "build" / "export")


def all_ids(root) -> list[str]:
    return [str(i) for i in root.xpath("//@xml:id")]


def local_pointers(root) -> list[str]:
    return [t[1:] for v in root.xpath("//@*[contains(., '#')]") for t in str(v).split() if t.startswith("#")]


def test_seeds_corpus_is_valid_tei_all(seeds_corpus, tei_all_rng):
    assert tei_all_rng.validate(seeds_corpus), tei_all_rng.error_log


def test_seeds_corpus_has_every_document_and_unique_ids(seeds_corpus):
    docs = xp(seeds_corpus, "/t:teiCorpus/t:TEI")
    assert [d.get(XML_ID)[:4] for d in docs] == ["d000", "d001", "d002", "d003", "d004"]
    duplicates = [i for i, n in Counter(all_ids(seeds_corpus)).items() if n > 1]
    assert duplicates == []


def test_seeds_header_ids_renamed_and_followed(seeds_corpus):
    for doc in xp(seeds_corpus, "/t:teiCorpus/t:TEI"):
        doc_id = doc.get(XML_ID)
        header_ids = sorted(xp(doc, ".//t:titleStmt/t:respStmt/*/@xml:id"))
        assert f"{doc_id}-teikit" in header_ids
        assert set(header_ids) <= {f"{doc_id}-teikit", f"{doc_id}-translator"}
        assert xp(doc, "string(.//t:change/@who)") == f"#{doc_id}-teikit"
        if f"{doc_id}-translator" in header_ids:
            for resp in xp(doc, ".//@resp"):  # each pointer to the translator follows the renamed id
                assert resp == f"#{doc_id}-translator"


def test_seeds_corpus_header(seeds_corpus):
    refs = xp(seeds_corpus, "/t:teiCorpus/t:teiHeader/t:encodingDesc/t:schemaRef")
    assert refs[0].get("type") == "odd" and refs[0].get("url") == "../../schema/teikit.odd"
    assert xp(seeds_corpus, "string(/t:teiCorpus/t:teiHeader//t:titleStmt/t:title)")
    if (TEI_DIR / "register.xml").exists():
        assert xp(seeds_corpus, "/t:teiCorpus/t:standOff[@type='register']/t:listPerson/t:person")


def test_crafted_corpus_register_inside_and_refs_local(tmp_path, tei_all_rng):
    root = make(write_edition(tmp_path))
    assert tei_all_rng.validate(root), tei_all_rng.error_log
    assert [i for i, n in Counter(all_ids(root)).items() if n > 1] == []
    # The register's "translator" keeps its id; every document's header translator is renamed.
    assert xp(root, "string(//t:standOff//t:person[t:persName='A Person Whose Id Collides']/@xml:id)") == "translator"
    assert xp(root, "string(//t:TEI[@xml:id='dA']//t:respStmt/t:persName/@xml:id)") == "dA-translator"
    assert xp(root, "string(//t:TEI[@xml:id='dA']//t:note[@type='translator']/@resp)") == "#dA-translator"
    # register.xml#x -> #x, and every local pointer resolves
    assert not root.xpath("//@*[contains(., 'register.xml#')]")
    assert xp(root, "string(//t:TEI[@xml:id='dA']//t:p//t:persName[1]/@ref)") == "#maurer"
    assert xp(root, "string(//t:TEI[@xml:id='dC']//t:sp/@who)") == "#dej"
    assert set(local_pointers(root)) <= set(all_ids(root))


def test_ids_plan_is_deterministic_and_unique():
    def part(name, label, xml, keeps=False):
        return ids.Part(name, label, [etree.fromstring(xml)], keeps)

    parts = [
        part("register.xml", "register", '<l><p xml:id="x"/><p xml:id="a"/></l>', True),
        part("other.xml", "other", '<l><p xml:id="x"/></l>', True),
        part("1.xml", "d1", '<d xml:id="d1"><p xml:id="a" ref="#a register.xml#x other.xml#x https://h/#a"/>'
                            '<p xml:id="d2-a"/></d>'),
        part("2.xml", "d2", '<d xml:id="d2"><p xml:id="a" resp="#a"/></d>'),
    ]
    ids.apply(parts)
    got = [el.get(XML_ID) for p in parts for top in p.elements for el in top.iter() if el.get(XML_ID)]
    assert got == ["x", "a", "other-x", "d1", "d1-a", "d2-a", "d2", "d2-a-2"]
    assert parts[2].elements[0][0].get("ref") == "#d1-a #x #other-x https://h/#a"
    assert parts[3].elements[0][0].get("resp") == "#d2-a-2"
