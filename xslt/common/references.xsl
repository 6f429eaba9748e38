<?xml version="1.0" encoding="UTF-8"?>
<!--
  References to documents and works: bibl in the text (linked to the document of the
  edition it cites, or to its entry on the works page), periodical titles, and the
  title block's relations (in reply to / replied to by / cites / cited by).
  Parameters (params.xsl): bibliography (document node of tei/bibliography.xml),
  documents (<documents><doc file title date/></documents>: labels for links between documents).
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:variable name="tk:relation-labels" select="map{'replyTo': 'In reply to', 'repliedBy': 'Replied to by',
      'references': 'Cites', 'referencedBy': 'Cited by'}"/>

  <!-- An edition file ('001_x.xml') -> its reading page; anything else -> nothing. -->
  <xsl:function name="tk:edition-page" as="xs:string?">
    <xsl:param name="target" as="xs:string?"/>
    <xsl:sequence select="if (matches(string($target), '^[A-Za-z0-9_.\-]+\.xml$') and not(starts-with($target, 'bibliography.')))
                          then tk:safe-href(replace($target, '\.xml$', '.html')) else ()"/>
  </xsl:function>

  <!-- A bibliography pointer ('bibliography.xml#id') -> the id, else nothing. -->
  <xsl:function name="tk:work-id" as="xs:string?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:sequence select="if (matches(string($pointer), '^bibliography\.xml#[A-Za-z0-9_.\-]+$'))
                          then substring-after($pointer, '#') else ()"/>
  </xsl:function>

  <xsl:function name="tk:work-title" as="xs:string?">
    <xsl:param name="id" as="xs:string?"/>
    <xsl:sequence select="if (exists($id) and exists($bibliography))
        then normalize-space((key('tk:entry', $id, $bibliography)/tei:title)[1]) else ()"/>
  </xsl:function>

  <xsl:function name="tk:document-label" as="xs:string">
    <xsl:param name="file" as="xs:string"/>
    <xsl:variable name="doc" select="$documents/documents/doc[@file = $file]"/>
    <xsl:sequence select="if ($doc) then normalize-space(string-join(($doc/@date, $doc/@title), ', '))
                          else replace($file, '\.xml$', '')"/>
  </xsl:function>

  <!-- A citation in the text: a link to what it cites, when that is known. -->
  <xsl:template match="tei:text//tei:bibl" mode="reading diplomatic">
    <xsl:variable name="page" select="tk:edition-page(@corresp)"/>
    <xsl:variable name="work" select="tk:work-id(@corresp)"/>
    <cite class="bibl">
      <xsl:choose>
        <xsl:when test="exists($page)">
          <a class="ref-document" href="{$page}" title="{tk:document-label(@corresp)}"><xsl:apply-templates mode="#current"/></a>
        </xsl:when>
        <xsl:when test="exists($work)">
          <a class="ref-work" href="{$register-pages}bibliography.html#{$work}" title="{tk:work-title($work)}">
            <xsl:apply-templates mode="#current"/></a>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="#current"/></xsl:otherwise>
      </xsl:choose>
    </cite>
  </xsl:template>

  <xsl:template match="tei:text//tei:title" mode="reading diplomatic">
    <xsl:variable name="work" select="tk:work-id(@ref)"/>
    <cite class="title">
      <xsl:choose>
        <xsl:when test="exists($work) and not(ancestor::tei:bibl[@corresp])">
          <a class="ref-work" href="{$register-pages}bibliography.html#{$work}" title="{tk:work-title($work)}">
            <xsl:apply-templates mode="#current"/></a>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="#current"/></xsl:otherwise>
      </xsl:choose>
    </cite>
  </xsl:template>

  <!-- The title block's relations to other documents of the edition, both ways. -->
  <xsl:template name="tk:relations">
    <xsl:param name="header" as="element(tei:teiHeader)"/>
    <xsl:for-each-group select="$header//tei:correspContext/tei:ref[@target] | $header/tei:fileDesc/tei:notesStmt/tei:relatedItem[@target]"
                        group-by="string(@type)">
      <dt>{($tk:relation-labels(current-grouping-key()), 'Related')[1]}</dt>
      <dd>
        <xsl:for-each select="current-group()">
          <xsl:if test="position() gt 1">; </xsl:if>
          <xsl:variable name="page" select="tk:edition-page(@target)"/>
          <xsl:choose>
            <xsl:when test="exists($page)"><a class="relation" rel="{@type}" href="{$page}">{tk:document-label(@target)}</a></xsl:when>
            <xsl:otherwise>{tk:document-label(@target)}</xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </dd>
    </xsl:for-each-group>
    <xsl:variable name="related" select="$header/tei:fileDesc/tei:sourceDesc/tei:listBibl[@type = 'related']/tei:bibl"/>
    <xsl:if test="$related">
      <dt>Related documents</dt>
      <dd>
        <xsl:for-each select="$related">
          <xsl:if test="position() gt 1">; </xsl:if>
          <xsl:variable name="page" select="tk:edition-page(@corresp)"/>
          <xsl:choose>
            <xsl:when test="exists($page)"><a class="relation" href="{$page}"><xsl:apply-templates mode="tk:meta"/></a></xsl:when>
            <xsl:otherwise><xsl:apply-templates mode="tk:meta"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </dd>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
