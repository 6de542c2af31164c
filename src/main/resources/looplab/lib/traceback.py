"""traceback: print and format exceptions exactly as the interpreter does for an uncaught one."""
import sys
import _looplab

__all__ = ['print_exc', 'format_exc', 'print_exception', 'format_exception', 'format_exception_only',
           'extract_tb', 'format_tb', 'print_tb', 'extract_stack', 'print_stack', 'format_stack',
           'FrameSummary', 'StackSummary', 'TracebackException', 'format_list', 'print_last']


def _exception_of(exc, value=None):
    if value is not None and _looplab.is_exception(value):
        return value
    if _looplab.is_exception(exc):
        return exc
    return None


def _split(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    exception = _exception_of(exc, value)
    if exception is None:
        return ['NoneType: None\n']
    return _split(_looplab.format_exception(exception))


def format_exception_only(exc, /, value=None):
    exception = _exception_of(exc, value)
    if exception is None:
        return ['NoneType: None\n']
    return _split(_looplab.format_exception_only(exception))


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(_looplab.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_looplab.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    raise ValueError('no last exception')


class FrameSummary:
    def __init__(self, filename, lineno, name, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line

    @property
    def line(self):
        return (self._line or '').strip()

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


StackSummary = list


def _entries(exc):
    return [FrameSummary(f, n, name, line) for f, n, name, line in _looplab.traceback_entries(exc)]


def extract_tb(tb, limit=None):
    """LoopLab keeps a traceback inside its exception and __traceback__ reads None, so None here means the
    exception being handled (what `except E as e: extract_tb(e.__traceback__)` passes)."""
    if tb is None or not _looplab.is_exception(tb):
        tb = _looplab.exc_info()
    if tb is None:
        return []
    entries = _entries(tb)
    return entries if limit is None else entries[:limit]


def format_list(extracted_list):
    result = []
    for frame in extracted_list:
        row = f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
        if frame.line:
            row += f'    {frame.line}\n'
        result.append(row)
    return result


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        file.write(line)


def extract_stack(f=None, limit=None):
    return []


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = extract_tb(exc_value) if exc_value is not None else []

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc, *args, **kwargs)

    def format(self, *, chain=True):
        return iter(format_exception(self._exc))

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def __str__(self):
        return str(self._exc)
