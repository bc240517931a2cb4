"""The command line's input: strict decoding with --encoding, a per-document size limit, Ctrl-C
(issue 10, item 8 and the /dev/zero case of item 3). All texts are synthetic."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nato_ukraine_timeline import InvalidOptionError
from nato_ukraine_timeline.__main__ import main
from nato_ukraine_timeline._parallel import read_corpus

SRC = str(Path(__file__).resolve().parents[1] / "src")
TEXT = "Zelensky said on Monday that air defence was the priority."  # synthetic


def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own command, fixed arguments
        [sys.executable, "-m", "nato_ukraine_timeline", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": SRC},
        timeout=timeout,
        check=False,
    )


class TestEncoding:
    def test_invalid_utf8_is_an_error_not_replaced(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A byte that is not UTF-8 is named with its offset; nothing is silently replaced."""
        path = tmp_path / "latin1.txt"
        path.write_bytes("Kyiv, caf\u00e9 talks on Monday.".encode("latin-1"))
        assert main(["parse", str(path), "--format", "jsonl"]) == 1
        err = capsys.readouterr().err
        assert f"{path}: InvalidOptionError: not valid utf-8 at byte 9" in err
        assert "--encoding" in err

    def test_encoding_option(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--encoding reads the file in the encoding named."""
        path = tmp_path / "latin1.txt"
        path.write_bytes("\u00abAllies must spend more,\u00bb Rutte said on Monday.".encode("latin-1"))
        assert main(["dates", str(path), "--encoding", "latin-1", "--format", "jsonl"]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [r["text"] for r in rows if r["_type"] == "DateMention"] == ["Monday"]

    def test_unknown_encoding_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An encoding Python does not know is refused by the argument parser."""
        with pytest.raises(SystemExit) as info:
            main(["parse", "--encoding", "klingon"])
        assert info.value.code == 2
        assert "unknown encoding: 'klingon'" in capsys.readouterr().err

    def test_corpus_line_not_utf8(self, tmp_path: Path) -> None:
        """A corpus line that is not UTF-8 is named by line and byte."""
        path = tmp_path / "c.jsonl"
        path.write_bytes(json.dumps({"text": TEXT}).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
        docs = read_corpus(path)
        assert next(docs).text == TEXT
        with pytest.raises(InvalidOptionError, match=r"line 2: not valid utf-8 at byte \d+"):
            next(docs)


class TestSizeLimit:
    def test_dev_zero_stops_at_the_limit(self) -> None:
        """``parse /dev/zero`` stops at the size limit with a clear message instead of filling memory."""
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero")
        proc = _cli("parse", "/dev/zero", "--max-size", "2M")
        assert proc.returncode == 1
        assert "/dev/zero: InvalidOptionError: larger than the size limit of 2000000 bytes" in proc.stderr
        assert "Traceback" not in proc.stderr

    def test_text_file_over_the_limit_is_named_others_parse(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A file over --max-size is a failed document; the others are written."""
        big, small = tmp_path / "big.txt", tmp_path / "small.txt"
        big.write_text(TEXT * 100, encoding="utf-8")
        small.write_text(TEXT, encoding="utf-8")
        assert main(["dates", str(big), str(small), "--max-size", "1k", "--format", "jsonl"]) == 1
        captured = capsys.readouterr()
        assert f"{big}: InvalidOptionError: larger than the size limit of 1000 bytes" in captured.err
        assert [json.loads(line)["_type"] for line in captured.out.splitlines()] == ["Source", "DateMention"]
        assert main(["dates", str(big), "--max-size", "0", "--format", "jsonl"]) == 0  # 0: no limit

    def test_corpus_line_over_the_limit(self, tmp_path: Path) -> None:
        """A corpus line over the limit is refused and skipped in bounded memory; the next line reads."""
        path = tmp_path / "c.jsonl"
        path.write_text(json.dumps({"text": TEXT * 1000}) + "\n" + json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
        items = list(read_corpus(path, max_size=None))
        assert len(items) == 2
        docs = read_corpus(path, max_size=500)
        with pytest.raises(InvalidOptionError, match="line 1: longer than the size limit of 500 bytes"):
            next(docs)

    @pytest.mark.parametrize("value", ["-1", "ten", "5X"])
    def test_bad_size(self, value: str, capsys: pytest.CaptureFixture[str]) -> None:
        """A size that is not a number of bytes is a usage error."""
        with pytest.raises(SystemExit) as info:
            main(["parse", "--max-size", value])
        assert info.value.code == 2
        assert "not a size in bytes" in capsys.readouterr().err


class TestInterrupt:
    def test_keyboard_interrupt_exits_130_quietly(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Ctrl-C during the parse: exit status 130 and one line, no traceback."""
        from nato_ukraine_timeline import _parallel

        def interrupted(*args: object, **kwargs: object) -> object:
            raise KeyboardInterrupt

        monkeypatch.setattr(_parallel, "cli_parse", interrupted)
        assert main(["parse"]) == 130
        assert capsys.readouterr().err == "nato-timeline: interrupted\n"

    def test_sigint_real_process(self, tmp_path: Path) -> None:
        """A real SIGINT to a running command (with worker processes) ends it with 130 and no traceback."""
        corpus = tmp_path / "c.jsonl"
        # about 24 MB: many seconds of work on any machine, so the signal arrives mid-parse
        corpus.write_text("".join(json.dumps({"text": TEXT * 10}) + "\n" for _ in range(40_000)), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": SRC}
        cmd = [sys.executable, "-m", "nato_ukraine_timeline", "parse", str(corpus), "--workers", "2"]
        with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env) as proc:  # noqa: S603
            time.sleep(3)
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert "Traceback" not in err
