"""Output: charts (``charts``), saving figures (``figures``) and the static HTML report (``report``). The only place that draws."""
