#!/usr/bin/python3
"""The app as assistive technology sees it, over real AT-SPI (pyatspi).

Starts the sandbox and the app (accessibility on, X11), then through AT-SPI alone:
checks that every interactive control of the main window and of every dialog has a
role and a meaningful name (its own, or a label's that names it), that no label's
value is hidden behind its caption, and that questions name their buttons after
their actions; then edits an endpoint, changes its description, saves, and checks
the change on the server. Prints the counts (controls, unnamed, masked).

Needs a display (Xvfb) and a session D-Bus: scripts/test.sh provides both.
Usage: tst_accessibility_atspi.py APP SANDBOX
"""

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

import pyatspi

KEY = "od_live_A11yTestKeyAAAAAAAAAAAAAAAAAAAAA"
TIMEOUT = 20.0

# Roles a person operates; each needs a name.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "entry", "spin button", "slider", "table", "tree", "tree table",
    "list", "page tab", "menu item", "check menu item", "radio menu item", "link",
}
INVISIBLE_CHARS = dict.fromkeys(map(ord, "\u200b\u00ad\u2060\u200c\u200d"), None)


class Failures:
    def __init__(self):
        self.items = []

    def add(self, where, what):
        self.items.append(f"{where}: {what}")


failures = Failures()
counts = {"controls": 0, "unnamed": 0, "masked": 0, "labels": 0}


def wait_for(what, fn, timeout=TIMEOUT):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = fn()
        except Exception:  # the tree changes under us while a window opens or closes (not SystemExit)
            value = None
        if value is not None and value is not False:
            return value
        time.sleep(0.1)
    raise SystemExit(f"FAIL: timed out waiting for {what}")


def children(node):
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield child


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def walk(node, only_showing=True):
    """Every descendant, skipping table cells and hidden parts."""
    for child in children(node):
        role = child.getRoleName()
        if role in ("table cell", "table column header", "table row header"):
            continue
        if only_showing and not showing(child) and role not in ("popup menu", "menu item", "menu"):
            continue
        yield child
        yield from walk(child, only_showing)


def label_name(node):
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target is not None and target.name.strip():
                    return target.name
    return ""


def clean(s):
    return " ".join(s.translate(INVISIBLE_CHARS).replace("&", "").split())


def audit(root, where):
    """Counts and checks the controls and labels under `root` that a person can reach."""
    labels = {}
    for node in walk(root):
        role = node.getRoleName()
        parent = node.parent
        if role == "list" and parent is not None and parent.getRoleName() == "combo box":
            continue  # the combo box's own popup list; the combo box is checked
        if role == "menu item" and node.parent is not None and node.parent.getRoleName() == "popup menu" \
                and node.parent.parent is not None and node.parent.parent.getRoleName() == "combo box":
            continue
        if role in INTERACTIVE:
            counts["controls"] += 1
            # On Linux a combo box's name is its value; what names it is its label.
            name = label_name(node) if role == "combo box" else (node.name.strip() or label_name(node))
            if not name:
                counts["unnamed"] += 1
                failures.add(where, f"unnamed {role} (description {node.description!r})")
        elif role == "label" and clean(node.name):
            counts["labels"] += 1
            # A caption may sit in a small box of its own with a button (URL, copy).
            form = parent.parent if parent.getRoleName() in ("filler", "panel") and parent.childCount <= 3 \
                and parent.parent is not None else parent
            labels.setdefault(id_of(form), []).append(node)
    # A label exposes only its name over AT-SPI. A value whose name was set to its caption
    # reads exactly like the caption beside it ("Status", "Status"): the value is masked.
    for siblings in labels.values():
        seen = set()
        for node in siblings:
            name = clean(node.name).rstrip(":").strip().casefold()
            if name in seen:
                counts["masked"] += 1
                failures.add(where, f"a value is announced only as its caption {node.name!r}")
            seen.add(name)


def id_of(node):
    return node.path if hasattr(node, "path") else hash(node)


def press(node, names=("Press", "Click", "Toggle")):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in names:
            action.doAction(i)
            return
    raise SystemExit(f"FAIL: {node.getRoleName()} {node.name!r} has no press action")


def press_modal(node):
    """Presses what opens a modal box: a menu item's action runs synchronously, so the
    application answers only once the box is closed; the press waits on a thread of its own."""
    def do():
        try:
            press(node)
        except Exception:  # the late reply, once the box has closed
            pass
    threading.Thread(target=do, daemon=True).start()


def find(root, role, name=None, only_showing=True, contains=False):
    """The first `role` under `root` named `name` (or containing it, or for which `name` is true)."""
    for node in walk(root, only_showing):
        if node.getRoleName() != role:
            continue
        if name is None or node.name == name or (contains and name in node.name) \
                or (callable(name) and name(node.name)):
            return node
    return None


def value_label(root, caption):
    """The value label announced as "Caption: value"."""
    return find(root, "label", lambda n: n.startswith(caption + ": ") and len(n) > len(caption) + 2)


def window(app, roles, name, contains=True):
    for node in children(app):
        if node.getRoleName() in roles and (name in node.name if contains else node.name == name) and showing(node):
            return node
    return None


def dialog(app, title):
    return wait_for(f"dialog {title!r}", lambda: window(app, ("dialog", "alert"), title))


def closed(app, title):
    wait_for(f"dialog {title!r} to close", lambda: window(app, ("dialog", "alert"), title) is None)


def button(root, name):
    found = find(root, "push button", name) or find(root, "push button", lambda n: n.startswith(name + " "))
    if found is None:
        buttons = [b.name for b in walk(root) if b.getRoleName() == "push button"]
        raise SystemExit(f"FAIL: no button {name!r} in {root.name!r}, only {buttons}")
    return found


def menu_item(frame, menu, item):
    menubar = find(frame, "menu bar")
    top = find(menubar, "menu item", menu, only_showing=False)
    return find(top, "menu item", item, only_showing=False, contains=True)


def server(base, path, body=None, method="GET"):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Bearer " + KEY)
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.loads(reply.read())


def select_row(table, row):
    table.queryTable().addRowSelection(row)
    table.queryComponent().grabFocus()


def row_of(table, column, predicate):
    t = table.queryTable()
    for r in range(t.nRows):
        cell = t.getAccessibleAt(r, column)
        if cell is not None and predicate(cell.name):
            return r
    return -1


def main():
    app_path, sandbox_path = sys.argv[1], sys.argv[2]
    home = tempfile.mkdtemp(prefix="odwh-a11y.")
    env = dict(os.environ, OPTIMALDIAL_SANDBOX_KEYS=KEY, XDG_CONFIG_HOME=os.path.join(home, "config"),
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1")
    sandbox = subprocess.Popen([sandbox_path, "--port", "0", "--generate", "30", "--ping-delay-ms", "20"],
                               env=env, stdout=subprocess.PIPE, text=True)
    first = sandbox.stdout.readline().strip()
    if not first.startswith("listening on "):
        raise SystemExit(f"FAIL: sandbox did not start: {first!r}")
    base = first[len("listening on "):]
    app_proc = subprocess.Popen([app_path, "--profile", "A11y", "--base-url", base],
                                env=dict(env, OPTIMALDIAL_API_KEY=KEY))
    try:
        run(app_proc, base)
    finally:
        app_proc.terminate()
        sandbox.terminate()
        app_proc.wait(10)
        sandbox.wait(10)
    print(f"controls: {counts['controls']}, unnamed: {counts['unnamed']}, "
          f"labels: {counts['labels']}, masked: {counts['masked']}")
    if counts["controls"] < 80 or counts["labels"] < 50:
        failures.add("the audit", "saw too few controls or labels: the tree was not read")
    if failures.items:
        print("FAIL:\n  " + "\n  ".join(failures.items))
        return 1
    print("PASS")
    return 0


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in children(desktop):
        if app.get_process_id() == pid:
            return app
    return None


def run(app_proc, base):
    def started():
        if app_proc.poll() is not None:
            raise SystemExit(f"FAIL: the app exited with {app_proc.returncode}")
        return find_app(app_proc.pid)
    app = wait_for("the app on the accessibility bus", started)
    frame = wait_for("the main window", lambda: window(app, ("frame",), "OptimalDial Webhooks"))
    table = wait_for("the endpoint table", lambda: find(frame, "table", "Webhook endpoints"))
    wait_for("the endpoints", lambda: table.queryTable().nRows == 30)
    status_column = 0

    # The main window, with the Deliveries panel open and an auto-disabled endpoint shown.
    print("step:", 'The main window', flush=True)
    press(wait_for("View > Deliveries", lambda: menu_item(frame, "View", "Deliveries")))
    disabled = wait_for("a disabled row", lambda: (lambda r: r if r >= 0 else None)(
        row_of(table, status_column, lambda s: s.startswith("Disabled"))))
    select_row(table, disabled)
    wait_for("the details pane", lambda: find(frame, "push button", "Edit this endpoint"))
    audit(frame, "main window")  # with its menus: their items are read even while closed

    # Re-activation asks with buttons named after what they do.
    print("step:", 'Re-activation asks', flush=True)
    press(find(frame, "push button", "Edit this endpoint"))
    edit = dialog(app, "Edit Webhook Endpoint")
    audit(edit, "edit dialog (auto-disabled endpoint)")
    active = find(edit, "check box", "Active")
    if not active.description:
        failures.add("edit dialog", "Active has no description saying why the endpoint is off")
    status = value_label(edit, "Status")
    if status is None or "Disabled" not in status.name:
        failures.add("edit dialog", f"status value announced as {status.name if status else None!r}")
    press(active)
    press(button(edit, "Save"))
    question = dialog(app, "Re-activate")
    audit(question, "re-activation question")
    names = sorted(b.name for b in walk(question) if b.getRoleName() == "push button")
    if names != ["Cancel", "Re-activate"]:
        failures.add("re-activation question", f"buttons {names}, expected Re-activate and Cancel")
    press(button(question, "Cancel"))
    closed(app, "Re-activate")
    press(button(edit, "Cancel"))
    discard = dialog(app, "Discard")
    audit(discard, "discard question")
    press(button(discard, "Discard Changes"))
    closed(app, "Edit Webhook Endpoint")

    # Edit -> change -> save, through AT-SPI alone.
    print("step:", 'Edit -> change', flush=True)
    healthy = row_of(table, status_column, lambda s: s.startswith("Healthy"))
    select_row(table, healthy)
    press(wait_for("Edit in the toolbar", lambda: find(frame, "push button", "Edit…")))
    edit = dialog(app, "Edit Webhook Endpoint")
    audit(edit, "edit dialog")
    endpoint_id = value_label(edit, "ID").name.split(":", 1)[1].strip()
    description = find(edit, "text", "Description")
    description.queryEditableText().setTextContents("Changed through AT-SPI")
    press(button(edit, "Save"))
    closed(app, "Edit Webhook Endpoint")
    saved = server(base, "/api/v1/webhooks/" + endpoint_id)
    if saved.get("description") != "Changed through AT-SPI":
        failures.add("edit workflow", f"the server has description {saved.get('description')!r}")

    # New endpoint, then the signing secret shown once.
    print("step:", 'New endpoint', flush=True)
    press(find(frame, "push button", "New"))
    create = dialog(app, "New Webhook Endpoint")
    audit(create, "create dialog")
    find(create, "text", "Endpoint URL").queryEditableText().setTextContents("https://a11y.example.com/hook")
    press(button(create, "Create"))
    secret = dialog(app, "Signing Secret")
    audit(secret, "signing secret dialog")
    press(find(secret, "check box", "stored", contains=True))
    press(button(secret, "Close") if find(secret, "push button", "Close") else button(secret, "OK"))
    closed(app, "Signing Secret")

    # The tools and the profiles.
    print("step:", 'The tools and', flush=True)
    press(menu_item(frame, "Tools", "Signature Checker"))
    checker = dialog(app, "Signature")
    audit(checker, "signature checker")
    press(button(checker, "Close"))
    closed(app, "Signature")

    press(find(frame, "push button", "Profiles…"))
    profiles = dialog(app, "Profiles")
    audit(profiles, "profile manager")
    press(button(profiles, "Add a profile"))
    add = dialog(app, "Add Profile")
    audit(add, "add profile dialog")
    press(button(add, "Cancel"))
    closed(app, "Add Profile")
    press(button(profiles, "Close"))
    closed(app, "Profiles")

    press_modal(menu_item(frame, "Help", "About"))
    about = dialog(app, "About")
    audit(about, "about box")
    press(button(about, "Close"))
    closed(app, "About")


if __name__ == "__main__":
    sys.exit(main())
