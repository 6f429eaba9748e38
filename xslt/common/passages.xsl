<?xml version="1.0" encoding="UTF-8"?>
<!--
  Search passages: the outermost blocks of <text> (teikit.render.extract.PASSAGE_BLOCKS), numbered
  in document order. The reading view puts an empty anchor (tk-s1, tk-s2, …) before each, so a
  search result links to its very passage; the CSS marks the passage that follows the target.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tk="urn:teikit:render"
    exclude-result-prefixes="#all">

  <xsl:variable name="tk:passage-names" as="xs:string+" select="('p', 'ab', 'head', 'list', 'table', 'lg', 'l',
      'opener', 'closer', 'postscript', 'stage', 'speaker', 'trailer', 'byline')"/>

  <xsl:variable name="tk:passage-numbers" as="map(xs:string, xs:integer)"
      select="let $s := $tk:text-roots//tei:*[local-name() = $tk:passage-names][not(ancestor::tei:*[local-name() = $tk:passage-names])]
              return map:merge(for $i in 1 to count($s) return map{generate-id($s[$i]): $i})"/>

  <xsl:template match="tei:text//tei:*[local-name() = $tk:passage-names]" mode="reading" priority="20">
    <xsl:param name="idp" as="xs:string" select="''" tunnel="yes"/>
    <xsl:variable name="n" select="$tk:passage-numbers(generate-id())"/>
    <xsl:if test="exists($n)"><span class="passage-anchor" id="{$idp}tk-s{$n}"></span></xsl:if>
    <xsl:next-match/>
  </xsl:template>
</xsl:stylesheet>
