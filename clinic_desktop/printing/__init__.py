"""Printed output (day lists, PDF files): laid out with Qt's text documents and written with
QPdfWriter or sent to a QPrinter.

A layer of its own between the window/command line and the services: both the GUI (print
preview) and the command line (`schedule day --pdf`) use it, and it needs only QtGui, never
widgets, so the command line renders a PDF without a window."""
