<?xml version="1.0" encoding="UTF-8"?>
<!--
  The page frame every page shares (skip link, header with navigation, main,
  footer) and the document's title block read from the TEI header: title,
  date, genre, correspondents, archive citation, translator, summary.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <!-- The document's pages are STEM.html, STEM.diplomatic.html, STEM.sidebyside.html. -->
  <xsl:variable name="tk:doc-base" as="xs:string" select="
      if ($doc-base != '') then $doc-base
      else replace(tokenize(string((base-uri(/), 'document.xml')[1]), '/')[last()], '\.xml$', '')"/>

  <xsl:variable name="tk:views" as="map(xs:string, xs:string)*" select="(
      map{'view': 'reading', 'label': 'Reading text', 'suffix': '.html'},
      map{'view': 'diplomatic', 'label': 'Diplomatic transcription', 'suffix': '.diplomatic.html'},
      map{'view': 'sidebyside', 'label': 'Side by side', 'suffix': '.sidebyside.html'})"/>

  <xsl:function name="tk:doc-title" as="xs:string">
    <xsl:param name="tei" as="element()?"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <!-- Parallel main titles (one per language) are all shown, joined by " / ". -->
    <xsl:variable name="main" select="$titles[@type = ('main', 'complete')]"/>
    <xsl:variable name="chosen" select="if (count(distinct-values($main/string(@xml:lang))) gt 1) then $main
        else ($main, $titles[not(@type = 'short')], $titles)[1]"/>
    <xsl:sequence select="(string-join(distinct-values($chosen ! normalize-space(string-join(.//text(), ''))[. != '']), ' / '),
                           'Untitled document')[. != ''][1]"/>
  </xsl:function>

  <xsl:template name="tk:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:param name="lang" as="xs:string?" select="()"/>
    <xsl:param name="doc-nav" as="xs:boolean" select="false()"/>
    <xsl:param name="content" as="node()*" select="()"/>
    <!-- Written into <main> after $content by its tk:main templates: output goes straight to the
         page, where content passed in a parameter is first built as a tree and then copied. -->
    <xsl:param name="main-of" as="node()?" select="()"/>
    <xsl:param name="footer" as="node()*" select="()"/>
    <html lang="{(tk:safe-lang($lang), 'en')[1]}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="teikit"/>
        <title>{$title}{if ($doc-nav) then ' — ' || $tk:views[?view = $view]?label else ''}{if ($title != $edition-title) then ' · ' || $edition-title else ''}</title>
        <xsl:if test="$css-href != ''"><link rel="stylesheet" href="{$css-href}"/></xsl:if>
      </head>
      <body class="view-{$view}">
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <p class="site-name"><a href="{($index-href[. != ''], '#main')[1]}">{$edition-title}</a></p>
          <nav aria-label="Edition">
            <ul>
              <xsl:if test="$index-href != ''"><li><a href="{$index-href}">
                <xsl:if test="$view = 'index'"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>Documents</a></li></xsl:if>
              <xsl:for-each select="(['person', 'persons.html', 'Persons'], ['org', 'organisations.html', 'Organisations'],
                                     ['place', 'places.html', 'Places'], ['works', 'bibliography.html', 'Works cited'][$works-page])">
                <li><a href="{$register-pages}{?2}">
                  <xsl:if test="$view = 'register-' || ?1"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>{?3}</a></li>
              </xsl:for-each>
              <xsl:for-each select="(['chronology', 'chronology.html', 'Chronology'], ['search', 'search.html', 'Search'], ['about', 'about.html', 'About'])">
                <li><a href="{$register-pages}{?2}">
                  <xsl:if test="$view = ?1"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>{?3}</a></li>
              </xsl:for-each>
            </ul>
          </nav>
          <xsl:if test="$view != 'search'">
            <form class="quick-search" role="search" action="{$register-pages}search.html" method="get">
              <label for="tk-quick-q" class="visually-hidden">Search the edition</label>
              <input type="search" id="tk-quick-q" name="q" placeholder="Search"/>
            </form>
          </xsl:if>
          <xsl:if test="$doc-nav">
            <nav aria-label="Views of this document" class="views">
              <ul>
                <xsl:for-each select="$tk:views">
                  <li><a href="{$tk:doc-base}{?suffix}">
                    <xsl:if test="?view = $view"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>{?label}</a></li>
                </xsl:for-each>
              </ul>
            </nav>
          </xsl:if>
        </header>
        <main id="main">
          <xsl:sequence select="$content"/>
          <xsl:apply-templates select="$main-of" mode="tk:main"/>
        </main>
        <footer class="site">
          <xsl:sequence select="$footer"/>
          <p>Rendered by teikit from TEI P5.</p>
        </footer>
        <script src="{$register-pages}assets/site.js"></script>
      </body>
    </html>
  </xsl:template>

  <!-- A whole document page: title block, the view's text (tk:document-body), the document's footer. -->
  <xsl:template name="tk:document-page">
    <xsl:param name="view" as="xs:string"/>
    <xsl:variable name="tei" select="/(tei:TEI | tei:teiCorpus)"/>
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="tk:doc-title($tei)"/>
      <xsl:with-param name="view" select="$view"/>
      <xsl:with-param name="lang" select="($tei/@xml:lang, $tei/tei:text/@xml:lang)[1]"/>
      <xsl:with-param name="doc-nav" select="true()"/>
      <xsl:with-param name="main-of" select="/"/>
      <xsl:with-param name="footer">
        <xsl:apply-templates select="$tei/tei:teiHeader" mode="tk:footer"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="/" mode="tk:main">
    <xsl:apply-templates select="tei:TEI | tei:teiCorpus" mode="tk:main"/>
    <xsl:apply-templates select="tei:TEI | tei:teiCorpus" mode="tk:cite-box"/>
  </xsl:template>

  <!-- One document: its title block and the view's text (tk:document-body, context the TEI element). -->
  <xsl:template match="tei:TEI" mode="tk:main">
    <xsl:apply-templates select="tei:teiHeader" mode="tk:title-block"/>
    <xsl:call-template name="tk:document-body"/>
  </xsl:template>

  <!-- A corpus: its title block, a table of contents, then every member in full, each in a section
       tk-doc-N (N: its number among all members) whose ids start with "tk-doc-N-", so that they never clash. -->
  <xsl:template match="tei:teiCorpus" mode="tk:main">
    <xsl:param name="level" as="xs:integer" select="1" tunnel="yes"/>
    <xsl:apply-templates select="tei:teiHeader" mode="tk:title-block"/>
    <nav class="corpus-toc" aria-label="Contents">
      <xsl:if test="$level = 1"><h2>Contents</h2></xsl:if>
      <xsl:apply-templates select="." mode="tk:toc"/>
    </nav>
    <xsl:for-each select="tei:TEI | tei:teiCorpus">
      <section class="corpus-member" id="{tk:member-id(.)}">
        <xsl:apply-templates select="." mode="tk:main">
          <xsl:with-param name="level" select="min(($level + 1, 6))" tunnel="yes"/>
          <xsl:with-param name="idp" select="tk:member-id(.) || '-'" tunnel="yes"/>
        </xsl:apply-templates>
      </section>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:teiCorpus" mode="tk:toc">
    <ol class="toc">
      <xsl:for-each select="tei:TEI | tei:teiCorpus">
        <li><a href="#{tk:member-id(.)}">{tk:doc-title(.)}</a>
          <xsl:apply-templates select="self::tei:teiCorpus" mode="tk:toc"/></li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- A corpus member's id: its number among all members, in document order. -->
  <xsl:function name="tk:member-id" as="xs:string">
    <xsl:param name="member" as="element()"/>
    <xsl:variable name="n" as="xs:integer"><xsl:number select="$member" level="any" count="tei:TEI | tei:teiCorpus[parent::tei:teiCorpus]"/></xsl:variable>
    <xsl:sequence select="'tk-doc-' || $n"/>
  </xsl:function>

  <!-- How to cite the document (its stable URL where the edition says where it is published),
       and its TEI (copied into the site as tei/STEM.xml) and PDF to download. -->
  <xsl:template match="tei:TEI | tei:teiCorpus" mode="tk:cite-box">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="when" select="($h/tei:profileDesc/tei:creation/tei:date, $h/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date)[1]"/>
    <xsl:variable name="date" select="($when ! tk:datetime(.) ! tk:display-date(.), $when ! normalize-space())[. != ''][1]"/>
    <xsl:variable name="url" select="if ($edition-base-url != '') then $edition-base-url || $tk:doc-base || '.html' else ()"/>
    <aside class="cite-box" aria-labelledby="tk-cite-h">
      <h2 id="tk-cite-h">Cite this document</h2>
      <p class="citation" id="tk-citation">“{tk:doc-title(.)}”{$date ! (', ' || .)}. In <cite>{$edition-title}</cite>{
        if ($edition-editors != '') then ', edited by ' || string-join(tokenize($edition-editors, ';\s*'), ', ') else ''}{
        if ($edition-publisher != '') then '. ' || $edition-publisher else ''}.<xsl:if test="exists($url)"><xsl:text> </xsl:text><a href="{tk:safe-href($url)}">{$url}</a></xsl:if></p>
      <p class="downloads">Download: <a href="tei/{$tk:doc-base}.xml" type="application/tei+xml">TEI P5 (XML)</a>
        <xsl:if test="$pdf-links"> · <a href="pdf/{$tk:doc-base}.pdf" type="application/pdf">PDF</a></xsl:if></p>
    </aside>
  </xsl:template>

  <!-- The text of a document page, after its title block (context: the TEI element); views override it. -->
  <xsl:template name="tk:document-body"/>

  <!-- Header metadata is printed as plain text (names and dates keep their own templates). -->
  <xsl:template match="tei:lb" mode="tk:meta"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:date[tk:datetime(.)]" mode="tk:meta">
    <time datetime="{tk:datetime(.)}"><xsl:apply-templates mode="#current"/></time>
  </xsl:template>
  <!-- The document's date in the edition's date style when the encoding gives it, else as written. -->
  <xsl:template match="tei:date" mode="tk:display-date">
    <xsl:variable name="dt" select="tk:datetime(.)"/>
    <xsl:choose>
      <xsl:when test="$dt and tk:display-date($dt) != $dt and not(@from or @to or @notBefore or @notAfter)">
        <time datetime="{$dt}">{tk:display-date($dt)}</time></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="tk:meta"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:title" mode="tk:meta"><cite><xsl:apply-templates mode="#current"/></cite></xsl:template>
  <xsl:template match="tei:ref[tk:safe-href(@target)]" mode="tk:meta">
    <a href="{tk:safe-href(@target)}"><xsl:apply-templates mode="#current"/></a>
  </xsl:template>
  <xsl:template match="tei:p" mode="tk:meta"><p><xsl:apply-templates mode="#current"/></p></xsl:template>
  <xsl:template match="*" mode="tk:meta"><xsl:apply-templates mode="#current"/></xsl:template>

  <!-- Who translated: the names of every respStmt one of whose resps says so, and editors in that role. -->
  <xsl:function name="tk:translators" as="element()*">
    <xsl:param name="header" as="element(tei:teiHeader)"/>
    <xsl:variable name="ts" select="$header/tei:fileDesc/tei:titleStmt"/>
    <xsl:sequence select="$ts/tei:respStmt[tei:resp[matches(., 'transl|übers', 'i')]]/(tei:persName | tei:name | tei:orgName)
                          | $ts/tei:editor[matches(@role, 'transl', 'i')]"/>
  </xsl:function>

  <xsl:template match="tei:teiHeader" mode="tk:title-block">
    <xsl:param name="level" as="xs:integer" select="1" tunnel="yes"/>
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="h" select="."/>
    <xsl:variable name="date" select="($h/tei:profileDesc/tei:creation/tei:date,
        $h/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date,
        $h/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:date, $h/tei:fileDesc/tei:publicationStmt/tei:date[@type = 'created'])[1]"/>
    <xsl:variable name="genre" select="($h/tei:profileDesc/tei:textClass//tei:term[@type = 'genre'],
        ../tei:text/tei:body/tei:div/@type ! tk:genre-of-div(.))[1]"/>
    <xsl:variable name="translators" select="tk:translators($h)"/>
    <xsl:variable name="ts" select="$h/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="citation" select="($h/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'citation'],
        $h/tei:fileDesc/tei:sourceDesc/tei:msDesc/tei:msIdentifier, $h/tei:fileDesc/tei:sourceDesc/tei:bibl)[1]"/>
    <xsl:variable name="summary" select="($h/tei:profileDesc/tei:abstract, $h/tei:profileDesc/tei:correspDesc/tei:note[not(../../tei:abstract)])"/>
    <header class="doc-head">
      <xsl:if test="$genre"><p class="genre">{normalize-space($genre)}</p></xsl:if>
      <xsl:element name="h{$level}">{tk:doc-title(..)}</xsl:element>
      <dl class="meta">
        <xsl:if test="$date"><dt>Date</dt><dd><xsl:apply-templates select="$date" mode="tk:display-date"/></dd></xsl:if>
        <xsl:for-each select="$h/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = ('sent', 'received')]">
          <dt>{if (@type = 'sent') then 'From' else 'To'}</dt>
          <dd>{string-join((tei:persName, tei:orgName, tei:name, tei:placeName, tei:settlement) ! normalize-space(), ', ')}</dd>
        </xsl:for-each>
        <xsl:for-each select="['Author', $ts/tei:author], ['Editor', $ts/tei:editor except $translators]">
          <xsl:if test="exists(?2)"><dt>{?1}{if (count(?2) gt 1) then 's' else ''}</dt><dd>{string-join(?2 ! normalize-space(), '; ')}</dd></xsl:if>
        </xsl:for-each>
        <xsl:if test="$translators"><dt>Translated by</dt><dd>{string-join($translators ! normalize-space(), ', ')}</dd></xsl:if>
        <xsl:if test="$h/tei:profileDesc/tei:langUsage/tei:language[@ident != 'en']">
          <dt>Original language</dt>
          <dd>{string-join($h/tei:profileDesc/tei:langUsage/tei:language[@ident != 'en'] ! replace(normalize-space(), '\s*\(original\)', ''), ', ')}</dd>
        </xsl:if>
        <xsl:if test="$citation"><dt>Source</dt><dd class="citation"><xsl:apply-templates select="$citation" mode="tk:meta"/></dd></xsl:if>
        <xsl:call-template name="tk:relations"><xsl:with-param name="header" select="$h"/></xsl:call-template>
      </dl>
      <xsl:if test="normalize-space(string-join($summary))">
        <section class="summary" aria-labelledby="{$idp}tk-summary-h">
          <xsl:element name="h{min(($level + 1, 6))}"><xsl:attribute name="id" select="$idp || 'tk-summary-h'"/>Summary</xsl:element>
          <xsl:for-each select="$summary">
            <xsl:choose>
              <xsl:when test="tei:p"><xsl:apply-templates select="tei:p" mode="tk:meta"/></xsl:when>
              <xsl:otherwise><p><xsl:apply-templates mode="tk:meta"/></p></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </section>
      </xsl:if>
    </header>
  </xsl:template>

  <xsl:template match="tei:teiHeader" mode="tk:footer">
    <xsl:variable name="url" select="tk:safe-href((tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URL'])[1])"/>
    <xsl:variable name="pub" select="normalize-space(tei:fileDesc/tei:publicationStmt/tei:publisher[1])"/>
    <xsl:if test="$pub"><p>{$pub}.</p></xsl:if>
    <xsl:apply-templates select="tei:fileDesc/tei:publicationStmt/tei:availability/tei:p" mode="tk:meta"/>
    <xsl:if test="$url"><p><a href="{$url}">This document at the original archive</a></p></xsl:if>
  </xsl:template>
</xsl:stylesheet>
