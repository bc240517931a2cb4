"""Writes that never clobber (issue 10, item 5) and CSV cells safe in a spreadsheet (item 6).

Atomic replace only for regular files; a symbolic link is written through; FIFOs and devices are
written directly; modes are kept or follow the umask; SIGTERM removes the temporary file; the command
checks its output before parsing and names the real path. All texts are synthetic.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import threading
from pathlib import Path

import pytest

from nato_ukraine_timeline import Actor, ActorKind, Span, Statement, Timeline, dump, load, write_csv, write_jsonl
from nato_ukraine_timeline.__main__ import main
from nato_ukraine_timeline._io import check_target
from nato_ukraine_timeline.serialize import csv_row, escape_formula

SRC = str(Path(__file__).resolve().parents[1] / "src")
RUTTE = Actor(id="mark-rutte", name="Mark Rutte", kind=ActorKind.PERSON)
TEXT = "Rutte said on Monday that allies must spend more."  # synthetic


def _statement(text: str) -> Statement:
    return Statement(speaker=RUTTE, text=text, direct=True, span=Span(start=0, end=len(text)))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


class TestTargets:
    def test_symlink_stays_a_link_and_its_target_is_written(self, tmp_path: Path) -> None:
        """Writing through a symbolic link replaces the file it points to; the link is still a link."""
        real = tmp_path / "data" / "timeline.json"
        real.parent.mkdir()
        real.write_text("old", encoding="utf-8")
        link = tmp_path / "latest.json"
        link.symlink_to(real)
        dump(Timeline(), link)
        assert link.is_symlink()
        assert load(real, Timeline) == Timeline()
        assert _leftovers(real.parent) == _leftovers(tmp_path) == []

    def test_dangling_symlink_creates_its_target(self, tmp_path: Path) -> None:
        """A link to a file not yet written makes that file, and the link keeps pointing to it."""
        link = tmp_path / "out.json"
        link.symlink_to(tmp_path / "made.json")
        dump(Timeline(), link)
        assert link.is_symlink()
        assert load(tmp_path / "made.json", Timeline) == Timeline()

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
    def test_fifo_is_written_not_replaced(self, tmp_path: Path) -> None:
        """A named pipe receives the content and stays a pipe."""
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
        reader.start()
        assert write_jsonl([_statement(TEXT)], fifo) == 1
        reader.join(timeout=10)
        assert stat.S_ISFIFO(fifo.stat().st_mode)
        assert b"allies must spend more" in got[0]
        assert _leftovers(tmp_path) == []

    def test_device_is_written_not_replaced(self) -> None:
        """/dev/null stays a device (the audit saw /dev/full become a regular file)."""
        before = Path(os.devnull).stat()
        dump(Timeline(), os.devnull)
        after = Path(os.devnull).stat()
        assert stat.S_ISCHR(after.st_mode)
        assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)

    def test_full_device_error_names_it(self) -> None:
        """Writing to /dev/full fails naming the device, which stays a device."""
        if not Path("/dev/full").exists():
            pytest.skip("no /dev/full")
        with pytest.raises(OSError, match="/dev/full") as info:
            dump(Timeline(), "/dev/full")
        assert info.value.filename == "/dev/full"
        assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)

    def test_dev_stdout_into_a_pipe(self) -> None:
        """-o /dev/stdout with standard output a pipe (a link to a link to a pipe) writes into the pipe."""
        proc = subprocess.run(
            [sys.executable, "-m", "nato_ukraine_timeline", "parse", "-o", "/dev/stdout", "--format", "jsonl"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": SRC},
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.count("\n") > 3
        assert proc.stderr == ""

    def test_existing_mode_is_kept(self, tmp_path: Path) -> None:
        """Replacing a file keeps its permission bits."""
        path = tmp_path / "t.json"
        path.write_text("old", encoding="utf-8")
        path.chmod(0o600)
        dump(Timeline(), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    @pytest.mark.parametrize("umask", [0o077, 0o002])
    def test_new_file_honours_the_umask(self, tmp_path: Path, umask: int) -> None:
        """A new file gets 0o666 less the umask, like any file a program creates."""
        old = os.umask(umask)
        try:
            dump(Timeline(), tmp_path / "t.json")
        finally:
            os.umask(old)
        assert stat.S_IMODE((tmp_path / "t.json").stat().st_mode) == 0o666 & ~umask

    def test_sigterm_removes_the_temporary_file(self, tmp_path: Path) -> None:
        """A process killed (SIGTERM) while writing leaves neither a temporary file nor a changed target."""
        target = tmp_path / "out.jsonl"
        target.write_text("old\n", encoding="utf-8")
        script = textwrap.dedent(f"""
            import sys, time
            sys.path.insert(0, {SRC!r})
            from nato_ukraine_timeline._io import atomic_write
            with atomic_write({str(target)!r}) as stream:
                stream.write("new")
                print("writing", flush=True)
                time.sleep(60)
        """)
        with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) as proc:  # noqa: S603
            assert proc.stdout is not None
            assert proc.stdout.readline() == "writing\n"
            assert len(_leftovers(tmp_path)) == 1
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=30) == 128 + signal.SIGTERM
        assert _leftovers(tmp_path) == []
        assert target.read_text(encoding="utf-8") == "old\n"

    def test_errors_name_the_target_not_the_temporary_file(self, tmp_path: Path) -> None:
        """An error while opening names the path asked for (a read-only folder; checked in a child process,
        which as root drops to the unprivileged user 'nobody', since root writes anywhere)."""
        script = textwrap.dedent("""
            import sys
            from pathlib import Path
            sys.path.insert(0, sys.argv[1])
            from nato_ukraine_timeline._io import atomic_write, check_target
            if sys.argv[3] == "drop":  # root writes anywhere: become 'nobody' once the imports are done
                import encodings.ascii, os  # the interpreter's own files may lie where 'nobody' cannot read
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
            folder = Path(sys.argv[2])
            try:
                with atomic_write(folder / "t.json") as stream:
                    stream.write("x")
            except PermissionError as exc:
                assert exc.filename == str(folder / "t.json"), exc.filename
            else:
                raise AssertionError("no PermissionError writing into a read-only folder")
            try:
                check_target(folder / "t.json")
            except PermissionError as exc:
                assert "cannot create files" in str(exc), str(exc)
            else:
                raise AssertionError("check_target accepted a read-only folder")
            assert list(folder.iterdir()) == [], list(folder.iterdir())
            print("checked")
        """)
        as_root = os.geteuid() == 0
        base = Path(tempfile.mkdtemp(prefix="ntl-ro-")) if as_root else tmp_path  # 'nobody' must reach it
        folder = base / "ro"
        folder.mkdir()
        try:
            base.chmod(0o755)
            folder.chmod(0o555)
            proc = subprocess.run(  # noqa: S603 - our own interpreter and script
                [sys.executable, "-c", script, SRC, str(folder), "drop" if as_root else "keep"],
                capture_output=True,
                text=True,
                check=False,
                timeout=60,
            )
            assert proc.returncode == 0, proc.stderr[-2000:]
            assert proc.stdout.strip() == "checked"
        finally:
            folder.chmod(0o700)
            if as_root:
                shutil.rmtree(base)

    @pytest.mark.parametrize("where", ["missing/out.json", "."])
    def test_check_target(self, tmp_path: Path, where: str) -> None:
        """A missing folder, or a folder given as the file, is reported before any work."""
        with pytest.raises(OSError, match=r"does not exist|is a folder") as info:
            check_target(tmp_path / where)
        assert info.value.filename == str(tmp_path / where)


class TestCommandOutput:
    def test_output_folder_checked_before_parsing(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """-o into a missing folder fails at once (nothing is parsed), naming the real path, not a .tmp."""
        from nato_ukraine_timeline import _parallel

        def no_parse(*args: object, **kwargs: object) -> object:
            raise AssertionError("parsed before checking the output")

        monkeypatch.setattr(_parallel, "cli_parse", no_parse)
        out = tmp_path / "missing" / "out.json"
        assert main(["parse", "-o", str(out)]) == 1
        err = capsys.readouterr().err
        assert str(out) in err
        assert "does not exist" in err
        assert ".tmp" not in err

    def test_closed_stdout_is_a_clean_error(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """With standard output closed (``>&-``), the command says so instead of an AttributeError."""
        monkeypatch.setattr(sys, "stdout", None)
        assert main(["parse", "--format", "jsonl"]) == 1
        assert "standard output is closed" in capsys.readouterr().err

    def test_closed_stdout_real_process(self) -> None:
        """The same in a real process started with stdout closed."""
        proc = subprocess.run(
            [sys.executable, "-m", "nato_ukraine_timeline", "dates"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": SRC},
            check=False,
            pass_fds=(),
            preexec_fn=lambda: os.close(1),  # a closed stdout is the point of the test
        )
        assert proc.returncode == 1
        assert "standard output is closed" in proc.stderr
        assert "Traceback" not in proc.stderr


FORMULAS = ["=1+1", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", '=HYPERLINK("http://x.example","click")']


class TestCsvFormulas:
    @pytest.mark.parametrize("text", FORMULAS)
    def test_formula_cells_are_escaped_by_default(self, text: str) -> None:
        """A quote starting with = + - @ tab or CR reaches the CSV with a leading ' (OWASP)."""
        stream = io.StringIO(newline="")
        write_csv([_statement(text)], stream)
        (row,) = csv.DictReader(io.StringIO(stream.getvalue(), newline=""))
        assert row["text"] == "'" + text
        assert csv_row(_statement(text))["text"] == "'" + text

    @pytest.mark.parametrize("text", ["Allies must spend more.", "'quoted", "1-2", " =spaced", ""])
    def test_other_cells_unchanged(self, text: str) -> None:
        """Cells that a spreadsheet reads as text are left as they are."""
        assert escape_formula(text) == text
        assert csv_row(_statement(text or "x"))["text"] == (text or "x")

    @pytest.mark.parametrize("text", FORMULAS)
    def test_escape_can_be_turned_off(self, text: str) -> None:
        """escape_formulas=False writes the exact text."""
        stream = io.StringIO(newline="")
        write_csv([_statement(text)], stream, escape_formulas=False)
        (row,) = csv.DictReader(io.StringIO(stream.getvalue(), newline=""))
        assert row["text"] == text

    def test_command_line(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """The CSV of the command is escaped; --no-escape-formulas writes cells as they are."""
        path = tmp_path / "a.txt"
        path.write_text('"=1+1 is what we need," Rutte said on Monday.', encoding="utf-8")  # synthetic
        assert main(["parse", str(path), "--format", "csv"]) == 0
        assert "'=1+1" in capsys.readouterr().out
        assert main(["parse", str(path), "--format", "csv", "--no-escape-formulas"]) == 0
        out = capsys.readouterr().out
        assert "=1+1" in out
        assert "'=1+1" not in out
