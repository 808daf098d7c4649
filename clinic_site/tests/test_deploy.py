"""The deploy/ files for real: nginx in front of gunicorn with production settings,
and the systemd units checked by systemd-analyze."""

import http.client
import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import redis
from django.core.management import get_commands, load_command_class

from conftest import free_ports, production_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DEPLOY = BASE_DIR / "deploy"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
# A 1x1 PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)

needs_nginx = pytest.mark.skipif(
    not Path(NGINX).exists(), reason="nginx is not installed (make test installs it)"
)


def wait_for_port(port: int, process: subprocess.Popen, what: str, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited: {log.read_text()[-3000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on port {port}")


def nginx_site_config(tmp: Path, ports: dict) -> str:
    """deploy/nginx/clinic-site.conf with loopback ports and this test's paths."""
    config = (DEPLOY / "nginx" / "clinic-site.conf").read_text()
    for old, new in [
        ("listen [::]:80;", ""),
        ("listen [::]:443 ssl http2;", ""),
        ("listen 80;", f"listen 127.0.0.1:{ports['http']};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{ports['https']} ssl http2;"),
        ("server 127.0.0.1:8000;", f"server 127.0.0.1:{ports['gunicorn']};"),
        ("/srv/clinic-site/deploy/", f"{DEPLOY}/"),
        ("/var/cache/nginx/clinic-site", str(tmp / "nginx-cache")),
        ("/etc/letsencrypt/live/clinic.example.org", str(tmp / "tls")),
        ("/var/www/html", str(tmp / "acme")),
        ("/srv/clinic-site/media/", f"{tmp / 'media'}/"),
        ("clinic.example.org", "localhost"),
    ]:
        assert old in config, f"{old} is no longer in the nginx config"
        config = config.replace(old, new)
    return config


@pytest.fixture(scope="module")
def site(tmp_path_factory, redis_url):
    """nginx (TLS, self-signed) in front of gunicorn, on loopback ports, with the
    demo content and a shared cache on Redis (an empty database of its own)."""
    tmp = tmp_path_factory.mktemp("deployed")
    tmp.chmod(0o755)  # nginx workers may run as another user
    ports = dict(zip(["http", "https", "gunicorn"], free_ports(3), strict=True))
    cache_url = redis_url.rsplit("/", 1)[0] + "/5"
    redis.Redis.from_url(cache_url).flushdb()
    env = production_env(
        tmp,
        DJANGO_ALLOWED_HOSTS="localhost",
        # Browsers send the port in Origin; nginx passes Host without it.
        DJANGO_CSRF_TRUSTED_ORIGINS=f"https://localhost:{ports['https']}",
        REDIS_URL=cache_url,
        GUNICORN_BIND=f"127.0.0.1:{ports['gunicorn']}",
        GUNICORN_WORKERS="2",
    )
    for command in (
        ["migrate", "--no-input"],
        ["collectstatic", "--no-input"],
        ["load_demo_content"],
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            timeout=300,
        )

    media = tmp / "media"
    (media / "images").mkdir(parents=True)
    (media / "images" / "waiting-room.png").write_bytes(PNG)
    (media / "images" / "page.html").write_text("<script>alert(1)</script>")
    (media / "images" / "drawing.svg").write_text("<svg onload='alert(1)'/>")
    (media / "images" / ".hidden.png").write_bytes(PNG)
    (media / "documents").mkdir()
    (media / "documents" / "private.pdf").write_bytes(b"%PDF-1.4 private")
    (tmp / "acme" / ".well-known" / "acme-challenge").mkdir(parents=True)
    (tmp / "acme" / ".well-known" / "acme-challenge" / "token").write_text("proof")

    (tmp / "tls").mkdir()
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=localhost"]
        + ["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"]
        + ["-keyout", str(tmp / "tls" / "privkey.pem")]
        + ["-out", str(tmp / "tls" / "fullchain.pem")],
        check=True,
        capture_output=True,
    )
    (tmp / "clinic-site.conf").write_text(nginx_site_config(tmp, ports))
    (tmp / "nginx.conf").write_text(
        f"""
{"user root;" if os.geteuid() == 0 else ""}
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    access_log {tmp}/nginx-access.log;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/clinic-site.conf;
}}
"""
    )
    nginx_command = [NGINX, "-p", str(tmp), "-e", str(tmp / "nginx-error.log")]
    nginx_command += ["-c", str(tmp / "nginx.conf")]
    test = subprocess.run([*nginx_command, "-t"], capture_output=True, text=True)
    assert test.returncode == 0, test.stderr

    gunicorn_log = (tmp / "gunicorn.log").open("w")
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn"],  # reads gunicorn.conf.py
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=gunicorn_log,
    )
    nginx = subprocess.Popen(nginx_command)
    try:
        wait_for_port(ports["gunicorn"], gunicorn, "gunicorn", tmp / "gunicorn.log")
        wait_for_port(ports["https"], nginx, "nginx", tmp / "nginx-error.log")
        yield {"tmp": tmp, "ports": ports}
    finally:
        for process in (nginx, gunicorn):
            process.terminate()
            process.wait(timeout=30)
        gunicorn_log.close()


def connect(site, tls=True) -> http.client.HTTPConnection:
    port = site["ports"]["https" if tls else "http"]
    if not tls:
        return http.client.HTTPConnection("127.0.0.1", port)
    context = ssl.create_default_context(cafile=site["tmp"] / "tls" / "fullchain.pem")
    return http.client.HTTPSConnection("127.0.0.1", port, context=context)


def request(site, path, method="GET", body=None, headers=None, tls=True):
    connection = connect(site, tls)
    try:
        connection.request(
            method, path, body=body, headers={"Host": "localhost", **(headers or {})}
        )
        response = connection.getresponse()
        response.text = response.read().decode(errors="replace")
        return response
    finally:
        connection.close()


def status_for_declared_upload(site, path, size: int) -> int:
    """Announce a POST body of `size` bytes and read nginx's answer before sending it
    (nginx refuses an oversized body from its Content-Length at once, and a client
    still sending then could see the connection reset instead of the 413)."""
    connection = connect(site)
    try:
        connection.putrequest("POST", path, skip_host=True)
        connection.putheader("Host", "localhost")
        connection.putheader("Content-Type", "application/x-www-form-urlencoded")
        connection.putheader("Content-Length", str(size))
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


@needs_nginx
def test_pages_are_served_over_https_without_the_nginx_version(site):
    response = request(site, "/")
    assert response.status == 200
    assert "<html" in response.text
    # Django saw HTTPS through X-Forwarded-Proto: no redirect loop, HSTS sent.
    assert "max-age=" in response.getheader("Strict-Transport-Security")
    assert response.getheader("Server") == "nginx"
    not_found = request(site, "/.git/config")
    assert not_found.status == 403
    assert "nginx/" not in not_found.text


@needs_nginx
def test_plain_http_moves_to_https_except_certificate_challenges(site):
    response = request(site, "/about/?x=1", tls=False)
    assert response.status == 301
    assert response.getheader("Location") == "https://localhost/about/?x=1"
    challenge = request(site, "/.well-known/acme-challenge/token", tls=False)
    assert (challenge.status, challenge.text) == (200, "proof")


@needs_nginx
@pytest.mark.parametrize(
    "path",
    [
        "/.git/config",
        "/.git/HEAD",
        "/.env",
        "/static/.htaccess",
        "/media/images/.hidden.png",
    ],
)
def test_dotfiles_are_denied(site, path):
    assert request(site, path).status == 403


@needs_nginx
def test_uploaded_images_are_served_as_inert_data(site):
    response = request(site, "/media/images/waiting-room.png")
    assert response.status == 200
    assert response.getheader("Content-Type") == "image/png"
    assert response.getheader("X-Content-Type-Options") == "nosniff"
    assert "sandbox" in response.getheader("Content-Security-Policy")


@needs_nginx
@pytest.mark.parametrize(
    "path",
    [
        "/media/images/page.html",
        "/media/images/drawing.svg",
        "/media/documents/private.pdf",
    ],
)
def test_media_other_than_images_is_not_served_directly(site, path):
    response = request(site, path)
    assert response.status == 404
    assert "alert" not in response.text and "private" not in response.text


@needs_nginx
def test_large_uploads_are_accepted_only_by_the_admin(site):
    megabyte = 1024 * 1024
    assert status_for_declared_upload(site, "/contact/", 2 * megabyte) == 413
    assert status_for_declared_upload(site, "/admin/login/", 30 * megabyte) == 413
    # 2 MB reaches Django through /admin/ (which refuses it for want of a CSRF token).
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    admin = request(site, "/admin/login/", "POST", b"x" * (2 * megabyte), form)
    assert admin.status == 403


@needs_nginx
def test_a_client_cannot_pick_its_address_with_x_forwarded_for(site):
    """The contact form allows 5 messages an hour per client address. Behind nginx
    (TRUSTED_PROXY_COUNT=1) that address is the one nginx saw, whatever the client
    writes into X-Forwarded-For, so a sixth message is held back."""
    connection = connect(site)
    origin = f"https://localhost:{site['ports']['https']}"
    try:
        connection.request("GET", "/contact/", headers={"Host": "localhost"})
        response = connection.getresponse()
        page = response.read().decode()
        cookie = response.getheader("Set-Cookie").split(";")[0]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
        statuses = []
        for number in range(1, 7):
            body = urllib.parse.urlencode(
                {
                    "csrfmiddlewaretoken": token,
                    "name": "Sam Example",
                    "email": "sam@example.com",
                    "message": f"Question number {number}.",
                    "consent": "on",
                }
            )
            connection.request(
                "POST",
                "/contact/",
                body=body,
                headers={
                    "Host": "localhost",
                    "Origin": origin,
                    "Referer": f"{origin}/contact/",
                    "Cookie": cookie,
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Forwarded-For": f"203.0.113.{number}",
                },
            )
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
    finally:
        connection.close()
    assert statuses == [200] * 5 + [429]


@needs_nginx
def test_static_files_are_compressed_and_cache_busted(site):
    manifest = json.loads((site["tmp"] / "static" / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    assert hashed != "css/site.css"
    response = request(site, f"/static/{hashed}", headers={"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    assert "immutable" in response.getheader("Cache-Control")


@needs_nginx
def test_nginx_holds_back_a_burst_of_searches_with_its_429_page(site):
    """From one address, nginx answers 10 searches at once, holds the next 20
    back (one every two seconds), then answers 429 itself (the app would allow
    30 a minute), with Retry-After and a page that says what to do. The search
    page of every language counts: /es/search/ shares the limit."""

    def search(number: int):
        connection = connect(site)
        connection.timeout = 4  # the held-back ones are still waiting in nginx
        path = (
            f"/es/search/?q=burst+{number}" if number % 2 else f"/search/?q=b+{number}"
        )
        try:
            connection.request("GET", path, headers={"Host": "localhost"})
            response = connection.getresponse()
            response.text = response.read().decode(errors="replace")
            return response
        except TimeoutError:
            return None
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=45) as pool:
        responses = list(pool.map(search, range(45)))

    answered = [response for response in responses if response is not None]
    refused = [response for response in answered if response.status == 429]
    assert len(answered) < 45  # some are held back, not answered at once
    assert len(refused) >= 5
    assert refused[0].getheader("Retry-After") == "60"
    assert "Please wait a moment" in refused[0].text
    assert '<a href="/">home page</a>' in refused[0].text
    # Other pages are not held back.
    assert request(site, "/about/").status == 200


@needs_nginx
def test_nginx_serves_anonymous_pages_from_its_cache(site):
    first = request(site, "/faqs/")
    assert first.status == 200
    second = request(site, "/faqs/")
    assert second.status == 200
    assert second.getheader("X-Cache-Status") == "HIT"
    assert second.text == first.text
    # Someone with a session or CSRF cookie (an editor, a form's sender) always
    # reaches the app, and pages with forms or never-cache answers are not kept.
    personal = request(site, "/faqs/", headers={"Cookie": "sessionid=abc"})
    assert personal.getheader("X-Cache-Status") == "BYPASS"
    for path in ("/contact/", "/healthz/"):
        request(site, path)
        assert request(site, path).getheader("X-Cache-Status") != "HIT"


@needs_nginx
def test_health_check_through_nginx(site):
    response = request(site, "/healthz/")
    assert response.status == 200
    assert json.loads(response.text)["status"] == "ok"


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="no systemd-analyze")
def test_systemd_units_verify(tmp_path):
    (tmp_path / "clinic-site.env").write_text("DJANGO_SECRET_KEY=x\n")
    for unit in (DEPLOY / "systemd").iterdir():
        text = unit.read_text().replace(
            "/etc/clinic-site.env", str(tmp_path / "clinic-site.env")
        )
        (tmp_path / unit.name).write_text(
            text.replace("/srv/clinic-site", str(BASE_DIR))
        )
    units = sorted(str(path) for path in tmp_path.glob("clinic-site*.*[re]"))
    assert len(units) == 5  # the site, and two timers with their services
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *units],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def test_every_command_the_units_run_exists_and_accepts_its_arguments():

    commands = {}
    for unit in sorted((DEPLOY / "systemd").glob("*.service")):
        for line in unit.read_text().splitlines():
            if line.startswith("ExecStart=") and " manage.py " in line:
                name, *arguments = line.split(" manage.py ", 1)[1].split()
                commands[name] = arguments
    assert set(commands) >= {
        "publish_scheduled",
        "backup",
        "purge_form_submissions",
        "send_review_reminders",
    }
    available = get_commands()
    for name, arguments in commands.items():
        command = load_command_class(available[name], name)
        command.create_parser("manage.py", name).parse_args(arguments)  # exits if wrong
