<?xml version="1.0" encoding="UTF-8"?>
<!--
  Global parameters shared by every view. Top-level stylesheets document them
  in their own header; each may be overridden by the caller.
-->
<xsl:stylesheet version="3.0" expand-text="yes"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    exclude-result-prefixes="#all">

  <!-- Stylesheet link, relative to the HTML page. -->
  <xsl:param name="css-href" as="xs:string" select="'assets/teikit.css'"/>
  <!-- Link to the edition's index; empty: no index link. -->
  <xsl:param name="index-href" as="xs:string" select="'index.html'"/>
  <!-- Register document, resolved against the TEI file's URI; empty or absent file: names are still linked. -->
  <xsl:param name="register-uri" as="xs:string" select="'register.xml'"/>
  <!-- The register already parsed (teikit passes it, parsed safely once per run); when given,
       register-uri is not read. -->
  <xsl:param name="register" as="document-node()?" select="()"/>
  <!-- tk:register-index($register), computed once per register by the caller (names.xsl); absent:
       entries are looked up and cards built per transform. -->
  <xsl:param name="register-index" as="map(xs:string, map(xs:string, item()?))?" select="()"/>
  <!-- The bibliography register (tei/bibliography.xml), for the titles of cited works. -->
  <xsl:param name="bibliography" as="document-node()?" select="()"/>
  <!-- <documents><doc file="…xml" title="…" date="…"/></documents>: labels of links between documents. -->
  <xsl:param name="documents" as="document-node()?" select="()"/>
  <!-- Whether the site has a works page (bibliography.html) to link to. -->
  <xsl:param name="works-page" as="xs:boolean" select="false()"/>
  <!-- Folder (relative URL, '' = same folder, else ending in '/') of persons.html, organisations.html, places.html. -->
  <xsl:param name="register-pages" as="xs:string" select="''"/>
  <!-- Base file name of this document's pages (STEM.html, STEM.diplomatic.html, STEM.sidebyside.html); '' = the TEI file's stem. -->
  <xsl:param name="doc-base" as="xs:string" select="''"/>
  <!-- The edition (edition.toml [edition]): its name on every page, the front page, the cite boxes and the imprint. -->
  <xsl:param name="edition-title" as="xs:string" select="'Untitled edition'"/>
  <xsl:param name="edition-subtitle" as="xs:string" select="''"/>
  <xsl:param name="edition-editors" as="xs:string" select="''"/>  <!-- '; ' between names -->
  <xsl:param name="edition-publisher" as="xs:string" select="''"/>
  <xsl:param name="edition-description" as="xs:string" select="''"/>
  <!-- The edition's language (edition.toml [edition] languages, the first). -->
  <xsl:param name="edition-language" as="xs:string" select="'en'"/>
  <xsl:param name="edition-licence" as="xs:string" select="''"/>
  <xsl:param name="edition-licence-url" as="xs:string" select="''"/>
  <!-- Where the site is published (ends in '/'): documents' stable URLs in the cite boxes; '' = none given. -->
  <xsl:param name="edition-base-url" as="xs:string" select="''"/>
  <!-- Whether the site has each document's PDF as pdf/STEM.pdf (the build makes them unless told not to). -->
  <xsl:param name="pdf-links" as="xs:boolean" select="false()"/>
  <!-- Diplomatic view: colour persons, organisations, places and dates. -->
  <xsl:param name="highlight-names" as="xs:boolean" select="false()"/>
</xsl:stylesheet>
