#!/usr/bin/env python3
"""Uploads files through the service's own form in headless Chromium, as a person would.

Usage: browser-upload.py URL DOM_OUT PNG_OUT FILE...

Chromium is driven over the DevTools protocol on a pipe (chromium_pipe.py). It opens URL,
puts FILE... into the form's file input, clicks the submit button, waits for the result page, and
writes its DOM and a screenshot. Exit status 0, or 1 with the reason on standard error.
"""
import sys
from chromium_pipe import Chromium

url, dom_out, png_out, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
chromium = Chromium("browser-upload")
session = chromium.open(url)
chromium.wait_for(session, "document.readyState === 'complete' && !!document.querySelector('input[type=file]')")
chromium.set_files(session, "input[type=file]", files)
chromium.evaluate(session, "document.querySelector('button[type=submit]').click(), true")
chromium.wait_for(session, "document.readyState === 'complete' && !!document.getElementById('summary')")
chromium.save(session, dom_out, png_out)
chromium.close()
