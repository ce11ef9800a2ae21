"""Loading: article files into a corpus dataframe (``corpus``), and the text splitting every later step uses (``text``)."""
