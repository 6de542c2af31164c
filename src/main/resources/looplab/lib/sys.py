"""sys for programs in the sandbox: the streams write through LoopLab's output; nothing reaches the host."""
import _looplab


class _Stream:
    def __init__(self, name, is_stderr):
        self.name = name
        self._is_stderr = is_stderr
        self.encoding = 'utf-8'
        self.errors = 'strict'

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        _looplab.write(self._is_stderr, text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        return 2 if self._is_stderr else 1

    def __repr__(self):
        return f"<_io.TextIOWrapper name='{self.name}' mode='w' encoding='utf-8'>"


class _VersionInfo:
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')

    def __init__(self):
        self._values = (3, 11, 7, 'final', 0)
        self.major, self.minor, self.micro, self.releaselevel, self.serial = self._values

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return 5

    def __eq__(self, other):
        return tuple(self._values) == (tuple(other) if isinstance(other, _VersionInfo) else other)

    def __lt__(self, other):
        return self._values < tuple(other)

    def __le__(self, other):
        return self._values <= tuple(other)

    def __gt__(self, other):
        return self._values > tuple(other)

    def __ge__(self, other):
        return self._values >= tuple(other)

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        return ("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)")


stdout = _Stream('<stdout>', False)
stderr = _Stream('<stderr>', True)
__stdout__ = stdout
__stderr__ = stderr
version_info = _VersionInfo()
version = '3.11.7 (main, LoopLab) [Java]'
hexversion = 0x030b07f0
argv = ['main.py']
platform = 'linux'
byteorder = 'little'
maxsize = 9223372036854775807
implementation_name = 'looplab'
float_info_epsilon = 2.220446049250313e-16


def exit(status=None):
    raise SystemExit(status) if status is not None else SystemExit()


def exc_info():
    exc = _looplab.exc_info()
    if exc is None:
        return (None, None, None)
    return (type(exc), exc, exc.__traceback__)


def exception():
    return _looplab.exc_info()


def getrecursionlimit():
    return _looplab.recursion_limit()


def getsizeof(obj, default=None):
    raise TypeError("getsizeof() is not available in LoopLab's sandbox")
