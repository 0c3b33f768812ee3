"""The Makefile's torch choice (tools/torch_env.py): which torch a fresh machine gets, run
with a fake pip and a local stand-in for PyTorch's CPU wheel index, and that a CUDA build
passes the environment check (it is used on the CPU)."""
import http.server
import subprocess
import sys
import threading

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
import torch_env  # noqa: E402

SCRIPT = REPO / "tools" / "torch_env.py"
CPU = ["--index-url", torch_env.CPU_INDEX]


@pytest.mark.parametrize("system,installed,cpu_ok,override,expected", [
    ("Linux", None, True, None, ["install", "torch==2.13.0", *CPU]),
    ("Linux", None, False, None, ["install", "torch==2.13.0"]),  # only the public index
    ("Darwin", None, True, None, ["install", "torch==2.13.0"]),  # macOS: the PyPI wheel
    ("Windows", None, True, None, ["install", "torch==2.13.0"]),
    ("Linux", "2.13.0+cu128", True, None, None),  # a CUDA build is kept (runs on the CPU)
    ("Linux", "2.5.1", False, None, None),
    ("Darwin", "2.13.0", True, None, None),
    ("Linux", "2.1.0", True, None, ["install", "torch==2.13.0", *CPU]),  # too old for [hf]
    ("Linux", None, True, "default", ["install", "torch==2.13.0"]),
    ("Darwin", None, False, "https://mirror/whl", ["install", "torch==2.13.0",
                                                   "--index-url", "https://mirror/whl"]),
])
def test_choice(system, installed, cpu_ok, override, expected):
    assert torch_env.choose(system, installed, cpu_ok, override) == expected


FAKE_PIP = """import sys
with open(sys.argv[1], "a") as fh:
    fh.write(" ".join(sys.argv[2:]) + "\\n")
"""


@pytest.fixture
def index():
    """A local HTTP server standing in for the CPU wheel index: (reachable URL, dead URL)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    yield f"http://127.0.0.1:{port}/", f"http://127.0.0.1:{port}/no-such-page/"
    server.shutdown()


def _install(tmp_path, probe, env=None, isolated=True):
    """Run the script as the Makefile does, with a fake pip; -S hides site-packages so no
    torch is found (a fresh venv), unless `isolated` is False."""
    (tmp_path / "pip.py").write_text(FAKE_PIP)
    log = tmp_path / "pip.log"
    cmd = [sys.executable, *(["-S"] if isolated else []), str(SCRIPT), "install",
           "--pip", f"{sys.executable} {tmp_path / 'pip.py'} {log}", "--probe-url", probe]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", **(env or {})})
    assert out.returncode == 0, out.stderr
    return out.stdout, (log.read_text() if log.exists() else "")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CPU index is for Linux")
def test_a_fresh_linux_machine_gets_the_cpu_wheel_when_the_index_answers(tmp_path, index):
    up, down = index
    said, pip = _install(tmp_path, up)
    assert pip == f"install torch==2.13.0 --index-url {torch_env.CPU_INDEX}\n"
    assert "PyTorch's CPU wheel index" in said
    # only the public index: plain pip, whatever build that gives
    (tmp_path / "public").mkdir()
    said, pip = _install(tmp_path / "public", down)
    assert pip.splitlines()[-1] == "install torch==2.13.0"
    said, pip = _install(tmp_path, up, env={"ITERDEPLOY_TORCH_INDEX": "default"})
    assert pip.splitlines()[-1] == "install torch==2.13.0"


def test_an_installed_torch_is_kept(tmp_path, index):
    pytest.importorskip("torch")
    said, pip = _install(tmp_path, index[0], isolated=False)
    assert pip == "" and "is installed: kept" in said


def test_check_accepts_a_cuda_build_and_refuses_a_broken_torch(tmp_path):
    """A stand-in torch module that reports CUDA 12.8: the check passes (CPU use)."""
    fake = tmp_path / "fake" / "torch"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "__version__ = '2.13.0+cu128'\n"
        "class version:\n    cuda = '12.8'\n"
        "class _T:\n"
        "    def __init__(self, v): self.v = v\n"
        "    def __matmul__(self, o): return _T(self.v * o.v * 3)\n"
        "    def sum(self): return _T(self.v * 4)\n"
        "    def item(self): return float(self.v)\n"
        "def ones(*shape): return _T(1)\n")
    run = [sys.executable, "-S", str(SCRIPT), "check"]
    out = subprocess.run(run, capture_output=True, text=True,
                         env={"PYTHONPATH": str(tmp_path / "fake")})
    assert out.returncode == 0 and "CUDA 12.8 build, used on the CPU" in out.stdout, out
    (fake / "__init__.py").write_text("raise ImportError('libcudart.so.12: cannot open')\n")
    out = subprocess.run(run, capture_output=True, text=True,
                         env={"PYTHONPATH": str(tmp_path / "fake")})
    assert out.returncode == 1 and "torch does not import" in out.stderr


def test_the_makefile_installs_torch_through_the_script_before_anything_else():
    text = (REPO / "Makefile").read_text()
    recipe = text[text.index("$(STAMP):"):text.index("check-cpu-env:")]
    assert recipe.index("tools/torch_env.py install") < recipe.index("pip) install --quiet -e"
                                                                      .replace("pip)", "PIP)"))
    assert "nvidia" not in text and "tools/torch_env.py check" in text
