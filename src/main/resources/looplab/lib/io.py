"""io: StringIO (in memory; the sandbox has no files)."""

__all__ = ['StringIO', 'TextIOBase', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class TextIOBase:
    pass


class StringIO(TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        self._buffer = initial_value or ''
        self._pos = 0
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        before = self._buffer[:self._pos]
        if len(before) < self._pos:
            before += '\0' * (self._pos - len(before))
        self._buffer = before + s + self._buffer[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check_open()
        return self._buffer

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buffer)
        else:
            end = min(len(self._buffer), self._pos + size)
        text = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return text

    def readline(self, size=-1):
        self._check_open()
        end = self._buffer.find('\n', self._pos)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        text = self._buffer[self._pos:end]
        self._pos = end
        return text

    def readlines(self, hint=-1):
        return list(iter(self.readline, ''))

    def __iter__(self):
        return iter(self.readline, '')

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            self._pos = pos
        elif whence == 1:
            self._pos += pos
        else:
            self._pos = len(self._buffer) + pos
        return self._pos

    def tell(self):
        return self._pos

    def truncate(self, size=None):
        size = self._pos if size is None else size
        self._buffer = self._buffer[:size]
        return size

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
