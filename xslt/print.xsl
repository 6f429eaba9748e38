<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit print edition: TEI documents -> one HTML file for CSS Paged Media
  (WeasyPrint, see src/teikit/render/pdf.py and assets/print.css).

  Source: a teiCorpus whose TEI children are the edition's documents (any
  order: they are printed by profileDesc/creation/date/@when) and, optionally,
  the register (a TEI with standOff, e.g. tei/register.xml copied in); or one
  TEI document.
  Output: title page, table of contents, one article per document (heading
  block, text with footnotes), indexes of persons, organisations and places.
  Page numbers are left to the paged-media engine (target-counter()).

  Imports the views' shared modules (common/all.xsl) and overrides only what
  print needs: notes become footnotes (float: footnote), names carry an anchor
  per mention for the indexes, the heading block is the print one.

  Parameters (all optional):
    diplomatic      xs:boolean: the text as transcribed, brackets restored   default false()
    paper           'A4' | 'Letter'                                          default 'A4'
    css-href        print stylesheet URL                                     default 'assets/print.css'
    front-matter    xs:boolean: title page and table of contents             default true()
    indexes         xs:boolean: indexes of persons, organisations, places    default true()
    index-targets   space-separated mention ids to link from the indexes
                    ('' = every mention; the PDF builder passes one per page) default ''
    index-stub      xs:boolean: index headings without entries (a first layout
                    that only needs to know where the mentions fall)         default false()
    edition-title, edition-subtitle, edition-editor, edition-date, edition-licence, edition-rights:
                    title page text and PDF metadata (from edition.toml)
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    xmlns:pr="urn:teikit:print"
    exclude-result-prefixes="#all">

  <xsl:import href="common/all.xsl"/>
  <xsl:include href="print/text.xsl"/>
  <xsl:include href="print/indexes.xsl"/>
  <xsl:include href="print/genres.xsl"/>

  <xsl:param name="diplomatic" as="xs:boolean" select="false()"/>
  <xsl:param name="paper" as="xs:string" select="'A4'"/>
  <xsl:param name="css-href" as="xs:string" select="'assets/print.css'"/>
  <xsl:param name="front-matter" as="xs:boolean" select="true()"/>
  <xsl:param name="indexes" as="xs:boolean" select="true()"/>
  <xsl:param name="index-targets" as="xs:string" select="''"/>
  <xsl:param name="index-stub" as="xs:boolean" select="false()"/>
  <xsl:param name="edition-title" as="xs:string" select="'Untitled edition'"/>
  <xsl:param name="edition-subtitle" as="xs:string" select="''"/>
  <xsl:param name="edition-editor" as="xs:string" select="''"/>
  <xsl:param name="edition-date" as="xs:string" select="''"/>
  <xsl:param name="edition-licence" as="xs:string" select="''"/>
  <xsl:param name="edition-rights" as="xs:string" select="''"/>
  <!-- The register is read from the source, never fetched: the shared doc() lookup stays off. -->
  <xsl:param name="register-uri" as="xs:string" select="''"/>

  <xsl:variable name="pr:mode" as="xs:string" select="if ($diplomatic) then 'diplomatic' else 'reading'"/>

  <!-- Documents in chronological order; undated ones last, in file order. -->
  <xsl:variable name="pr:docs" as="element(tei:TEI)*">
    <xsl:perform-sort select="//tei:TEI[exists(tk:text-parts(.))]">
      <xsl:sort select="((tei:teiHeader/tei:profileDesc/tei:creation/tei:date/(@when, @from, @notBefore))[1]
                         ! string(.), '9999')[1]"/>
    </xsl:perform-sort>
  </xsl:variable>
  <!-- The register: a TEI with standOff and no text (a document may have a standOff of its own). -->
  <xsl:variable name="pr:register" as="element()?" select="(/tei:teiCorpus/tei:TEI[tei:standOff][empty(tk:text-parts(.))])[1]"/>

  <xsl:template match="/">
    <html lang="en" class="print {if ($diplomatic) then 'diplomatic' else 'reading'}">
      <head>
        <meta charset="utf-8"/>
        <title>{if ($front-matter or count($pr:docs) != 1) then $edition-title else tk:doc-title($pr:docs[1])}</title>
        <meta name="generator" content="teikit"/>
        <xsl:if test="$edition-editor != ''"><meta name="author" content="{$edition-editor}"/></xsl:if>
        <xsl:if test="$edition-subtitle != ''"><meta name="description" content="{$edition-subtitle}"/></xsl:if>
        <xsl:if test="$css-href != ''"><link rel="stylesheet" href="{$css-href}"/></xsl:if>
        <!-- Paper size last, so it wins over the stylesheet's default. -->
        <style>@page {{ size: {if (lower-case($paper) = 'letter') then 'letter' else 'A4'}; }}</style>
      </head>
      <!-- data-edition feeds the running heads (string-set in print.css). -->
      <body data-edition="{$edition-title}">
        <xsl:if test="$front-matter">
          <xsl:call-template name="pr:title-page"/>
          <xsl:call-template name="pr:toc"/>
        </xsl:if>
        <xsl:for-each select="$pr:docs">
          <xsl:apply-templates select="." mode="pr:document"/>
        </xsl:for-each>
        <xsl:if test="$indexes">
          <xsl:call-template name="pr:indexes"/>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="pr:title-page">
    <section class="title-page" id="title-page">
      <h1 class="edition-title">{$edition-title}</h1>
      <xsl:if test="$edition-subtitle != ''"><p class="edition-subtitle">{$edition-subtitle}</p></xsl:if>
      <xsl:if test="$edition-editor != ''"><p class="edition-editor">{$edition-editor}</p></xsl:if>
      <p class="edition-mode">{if ($diplomatic) then 'Diplomatic transcription: the texts as typed, editorial brackets restored'
                              else 'Reading text: abbreviations expanded, notes at the foot of the page'}</p>
      <xsl:if test="$edition-date != ''"><p class="edition-date">{$edition-date}</p></xsl:if>
      <div class="edition-licence">
        <!-- A URL in the licence text is kept on one line. -->
        <xsl:if test="$edition-licence != ''">
          <p><xsl:analyze-string select="$edition-licence" regex="https?://\S+">
            <xsl:matching-substring><span class="url">{.}</span></xsl:matching-substring>
            <xsl:non-matching-substring>{.}</xsl:non-matching-substring>
          </xsl:analyze-string></p>
        </xsl:if>
        <xsl:if test="$edition-rights != ''"><p>{$edition-rights}</p></xsl:if>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="pr:toc">
    <nav class="toc" id="contents" aria-label="Contents">
      <h2>Contents</h2>
      <ol class="toc-docs">
        <xsl:for-each select="$pr:docs">
          <li><a href="#{pr:doc-id(.)}"><span class="toc-date">{pr:doc-date-label(.)}</span>
            <span class="toc-title">{pr:glue(tk:doc-title(.))}</span></a></li>
        </xsl:for-each>
      </ol>
      <xsl:if test="$indexes and (some $k in $pr:index-kinds satisfies exists(pr:index-entries($k?kind)))">
        <ol class="toc-back">
          <xsl:for-each select="$pr:index-kinds[pr:index-entries(?kind) => exists()]">
            <li><a href="#index-{?kind}"><span class="toc-title">{?title}</span></a></li>
          </xsl:for-each>
        </ol>
      </xsl:if>
    </nav>
  </xsl:template>
</xsl:stylesheet>
