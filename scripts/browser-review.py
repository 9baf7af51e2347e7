#!/usr/bin/env python3
"""Reviews a summary in the service's review view in headless Chromium, as a librarian would.

Usage: browser-review.py URL SUMMARY CORRECTIONS|- DOWNLOAD_DIR DOM_OUT PNG_OUT [HOLDER LINE ROLE]

Chromium is driven over the DevTools protocol on a pipe, as in browser-upload.py. It opens URL (the
review form), puts SUMMARY (and CORRECTIONS unless -) into the form, submits it and waits for the
review. With HOLDER LINE ROLE it chooses ROLE for HOLDER's role on LINE, says who corrected it and
clicks "Download corrections", and waits for DOWNLOAD_DIR/corrections.csv. It writes the page's DOM
and a screenshot, and prints what the page's own script can see as JSON: whether anything set
window.pwned (the uploads try to), how many img elements there are, and the text of the source.
Exit status 0, or 1 with the reason on standard error.
"""
import atexit, base64, json, os, shutil, subprocess, sys, tempfile, time

url, summary, corrections, download_dir, dom_out, png_out = sys.argv[1:7]
action = sys.argv[7:10]
deadline = time.monotonic() + 60

to_chrome_r, to_chrome_w = os.pipe()
from_chrome_r, from_chrome_w = os.pipe()
profile = tempfile.mkdtemp(prefix="proceedings-chromium-")
# Registered before Chromium starts, so it runs after fail()'s kill as well as after a normal end.
atexit.register(shutil.rmtree, profile, ignore_errors=True)
# Chromium reads its commands from fd 3 and writes on fd 4: the pipes are moved there in the child,
# and pass_fds keeps those two open through the exec.
def child_fds():
    os.dup2(to_chrome_r, 3)
    os.dup2(from_chrome_w, 4)
browser = subprocess.Popen(
    ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
     f"--user-data-dir={profile}", "--window-size=1000,1400", "about:blank"],
    pass_fds=(3, 4), preexec_fn=child_fds, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.close(to_chrome_r)
os.close(from_chrome_w)
reader = os.fdopen(from_chrome_r, "rb")
writer = os.fdopen(to_chrome_w, "wb")
buffer = b""
counter = 0

def fail(reason):
    sys.stderr.write(f"browser-upload: {reason}\n")
    browser.kill()
    sys.exit(1)

def send(method, params=None, session=None):
    """Sends one command and returns its result; events in between are skipped."""
    global buffer, counter
    counter += 1
    message = {"id": counter, "method": method, "params": params or {}}
    if session:
        message["sessionId"] = session
    writer.write(json.dumps(message).encode() + b"\0")
    writer.flush()
    while True:
        while b"\0" not in buffer:
            if time.monotonic() > deadline:
                fail(f"no answer to {method} in time")
            chunk = os.read(reader.fileno(), 65536)
            if not chunk:
                fail("chromium closed the pipe")
            buffer += chunk
        raw, buffer = buffer.split(b"\0", 1)
        answer = json.loads(raw)
        if answer.get("method") == "Page.javascriptDialogOpening":
            fail(f"a script of the page opened a dialog: {answer['params'].get('message')}")
        if answer.get("id") == counter:
            if "error" in answer:
                fail(f"{method}: {answer['error']}")
            return answer["result"]

def evaluate(session, expression):
    return send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)["result"].get("value")

def wait_for(session, expression):
    while not evaluate(session, expression):
        if time.monotonic() > deadline:
            fail(f"timed out waiting for {expression}")
        time.sleep(0.1)

def file_input(session, root, selector, path):
    node = send("DOM.querySelector", {"nodeId": root, "selector": selector}, session)["nodeId"]
    send("DOM.setFileInputFiles", {"nodeId": node, "files": [os.path.abspath(path)]}, session)

send("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": os.path.abspath(download_dir)})
target = send("Target.createTarget", {"url": url})["targetId"]
session = send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
# A dialog an upload's script opened would stop the page: enabled, the event is seen, and counted.
send("Page.enable", {}, session)
wait_for(session, "document.readyState === 'complete' && !!document.querySelector('input[name=summary]')")
root = send("DOM.getDocument", {}, session)["root"]["nodeId"]
file_input(session, root, "input[name=summary]", summary)
if corrections != "-":
    file_input(session, root, "input[name=corrections]", corrections)
evaluate(session, "document.querySelector('button[type=submit]').click(), true")
wait_for(session, "document.readyState === 'complete' && !!document.getElementById('summary')")
if action:
    holder, line, role = action
    found = evaluate(session, f"""(() => {{
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
        fail(f"no role of {holder} on line {line} in the review")
    target_file = os.path.join(download_dir, "corrections.csv")
    while not (os.path.exists(target_file) and os.path.getsize(target_file) > 0):
        if time.monotonic() > deadline:
            fail("the corrections file was not downloaded")
        time.sleep(0.1)
seen = evaluate(session, """JSON.stringify({
    pwned: window.pwned === undefined ? null : String(window.pwned),
    images: document.images.length,
    source: (document.getElementById('source') || {}).textContent || '',
    previous: [...document.querySelectorAll('#previous td')].map(td => td.textContent),
    csv: (document.getElementById('csv') || {}).value || ''
})""")
with open(dom_out, "w", encoding="utf-8") as out:
    out.write(evaluate(session, "document.documentElement.outerHTML"))
shot = send("Page.captureScreenshot", {"format": "png"}, session)["data"]
with open(png_out, "wb") as out:
    out.write(base64.b64decode(shot))
print(seen)
try:
    send("Browser.close")
except SystemExit:
    pass
browser.wait(timeout=10)
