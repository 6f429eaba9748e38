<?xml version="1.0" encoding="UTF-8"?>
<!-- Every common module; views import this and override what they need. -->
<xsl:stylesheet version="3.0" expand-text="yes" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="params.xsl"/>
  <xsl:include href="util.xsl"/>
  <xsl:include href="frame.xsl"/>
  <xsl:include href="structure.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="references.xsl"/>
  <xsl:include href="transcription.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="lists.xsl"/>
  <xsl:include href="drama.xsl"/>
  <xsl:include href="verse.xsl"/>
  <xsl:include href="speech.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="rendition.xsl"/>
  <xsl:include href="documentary.xsl"/>
  <xsl:include href="letters.xsl"/>
  <xsl:include href="tokens.xsl"/>
  <xsl:include href="fallback.xsl"/>
  <xsl:include href="passages.xsl"/>
</xsl:stylesheet>
