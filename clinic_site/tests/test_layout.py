"""The code keeps the shape README.md's "How the code is organised" describes."""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# app -> the project apps it may import (README: "How the code is organised").
ALLOWED_IMPORTS = {
    "demo": {
        "articles",
        "faq",
        "home",
        "reviews",
        "search",
        "richtext",
        "contactrules",
    },
    "guide": {"articles", "home", "reviews"},
    "articles": {
        "faq",
        "reviews",
        "home",
        "seo",
        "richtext",
        "contactrules",
        "pagecache",
    },
    "faq": {"reviews", "search", "seo", "richtext", "contactrules"},
    "search": {
        "home",
        "seo",
        "richtext",
        "pagecache",
        "security",
        "contactrules",
        "languages",
    },
    "reviews": {"seo", "contactrules"},
    "home": {"seo", "pagecache", "security", "contactrules"},
    "feedback": {"security"},
    "seo": {"richtext", "languages"},
    "pagecache": set(),
    "security": set(),
    "operations": {"feedback", "pagecache"},
    "richtext": set(),
    "contactrules": set(),
    "languages": set(),
    "clinic_site": {"articles", "feedback", "home", "operations", "seo"},
    "bench": {"clinic_site"},
}
APPS = set(ALLOWED_IMPORTS)
MAX_MODULE_LINES = 600
# Text, not code: the demo site's articles.
LONG_TEXT_MODULES = {"demo/content.py", "demo/content_es.py"}
SHELL_MAX_LINES = 1500


def code_modules(app: str) -> list[Path]:
    """An app's Python modules, without migrations and tests."""
    return [
        path
        for path in sorted((ROOT / app).rglob("*.py"))
        if "migrations" not in path.parts and "tests" not in path.parts
    ]


def project_imports(path: Path) -> set[str]:
    """The project apps a module imports, wherever in the module the import is."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update(name.split(".")[0] for name in names)
    return found & APPS


def import_graph() -> dict[str, set[str]]:
    return {
        app: {
            imported
            for path in code_modules(app)
            for imported in project_imports(path)
            if imported != app
        }
        for app in APPS
    }


def test_every_project_app_is_listed():
    installed = {app for app in settings.INSTALLED_APPS if (ROOT / app).is_dir()}
    assert installed <= APPS, f"add {installed - APPS} to ALLOWED_IMPORTS and README"


def test_imports_between_apps_run_only_the_documented_way():
    unexpected = {
        f"{app} -> {imported}"
        for app, imports in import_graph().items()
        for imported in imports - ALLOWED_IMPORTS[app]
    }
    assert not unexpected, (
        f"imports not in README's 'How the code is organised': {sorted(unexpected)}"
    )


def test_the_documented_imports_have_no_cycle():
    visiting, done = [], set()

    def visit(app):
        assert app not in visiting, "cycle: " + " -> ".join([*visiting, app])
        if app in done:
            return
        visiting.append(app)
        for imported in ALLOWED_IMPORTS[app]:
            visit(imported)
        visiting.pop()
        done.add(app)

    for app in sorted(APPS):
        visit(app)


def test_the_checker_sees_imports_inside_functions(tmp_path):
    module = tmp_path / "module.py"
    module.write_text("def f():\n    from home.models import HomePage\n")
    assert project_imports(module) == {"home"}


def test_no_module_is_too_long():
    too_long = {
        str(path.relative_to(ROOT)): lines
        for app in APPS
        for path in code_modules(app)
        if (lines := len(path.read_text().splitlines())) > MAX_MODULE_LINES
        and str(path.relative_to(ROOT)) not in LONG_TEXT_MODULES
    }
    assert not too_long, (
        f"split these modules (over {MAX_MODULE_LINES} lines): {too_long}"
    )


def test_the_site_shell_stays_small():
    lines = sum(len(path.read_text().splitlines()) for path in code_modules("home"))
    assert lines < SHELL_MAX_LINES
