#!/usr/bin/env python3
"""Reviews a summary in the service's review view in headless Chromium, as a librarian would.

Usage: browser-review.py URL SUMMARY CORRECTIONS|- DOWNLOAD_DIR DOM_OUT PNG_OUT [HOLDER LINE ROLE]

Chromium is driven over the DevTools protocol on a pipe (chromium_pipe.py). It opens URL (the
review form), puts SUMMARY (and CORRECTIONS unless -) into the form, submits it and waits for the
review. With HOLDER LINE ROLE it chooses ROLE for HOLDER's role on LINE, says who corrected it and
clicks "Download corrections", and waits for DOWNLOAD_DIR/corrections.csv. It writes the page's DOM
and a screenshot, and prints what the page's own script can see as JSON: whether anything set
window.pwned (the uploads try to), how many img elements there are, and the text of the source.
Exit status 0, or 1 with the reason on standard error.
"""
import json, os, sys, time
from chromium_pipe import Chromium

url, summary, corrections, download_dir, dom_out, png_out = sys.argv[1:7]
action = sys.argv[7:10]
chromium = Chromium("browser-review", fail_on_dialog=True)

chromium.send("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": os.path.abspath(download_dir)})
session = chromium.open(url)
chromium.wait_for(session, "document.readyState === 'complete' && !!document.querySelector('input[name=summary]')")
chromium.set_files(session, "input[name=summary]", [summary])
if corrections != "-":
    chromium.set_files(session, "input[name=corrections]", [corrections])
chromium.evaluate(session, "document.querySelector('button[type=submit]').click(), true")
chromium.wait_for(session, "document.readyState === 'complete' && !!document.getElementById('summary')")
if action:
    holder, line, role = action
    found = chromium.evaluate(session, f"""(() => {{
        const tr = [...document.querySelectorAll('#facts tr[data-fact=role]')]
            .find(tr => tr.dataset.holder === {json.dumps(holder)} && tr.dataset.line === {json.dumps(line)});
        if (!tr) return false;
        const select = tr.querySelector('select.value');
        select.value = {json.dumps(role)};
        select.dispatchEvent(new Event('change', {{bubbles: true}}));
        document.getElementById('by').value = 'Review Test';
        document.getElementById('by').dispatchEvent(new Event('input', {{bubbles: true}}));
        document.getElementById('download').click();
        return true;
    }})()""")
    if not found:
        chromium.fail(f"no role of {holder} on line {line} in the review")
    target_file = os.path.join(download_dir, "corrections.csv")
    while not (os.path.exists(target_file) and os.path.getsize(target_file) > 0):
        if time.monotonic() > chromium.deadline:
            chromium.fail("the corrections file was not downloaded")
        time.sleep(0.1)
seen = chromium.evaluate(session, """JSON.stringify({
    pwned: window.pwned === undefined ? null : String(window.pwned),
    images: document.images.length,
    source: (document.getElementById('source') || {}).textContent || '',
    previous: [...document.querySelectorAll('#previous td')].map(td => td.textContent),
    csv: (document.getElementById('csv') || {}).value || ''
})""")
chromium.save(session, dom_out, png_out)
print(seen)
chromium.close()
