"""json: dumps/dump and loads/load with CPython's output format and error messages.

As in CPython, the common case runs in the accelerator module _json (Java here, C there): it takes builtin values
and well-formed text, and hands anything else back to the Python code below, which defines the behaviour."""
import _json

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


def _encode_string(s, ensure_ascii):
    return _json.encode_basestring_ascii(s) if ensure_ascii else _json.encode_basestring(s)


def _is_mapping(o):
    return isinstance(o, dict) or (hasattr(o, '_data') and hasattr(o, 'items') and hasattr(o, 'keys'))


def _is_tuple_like(o):
    return hasattr(type(o), '_fields') and hasattr(o, '_asdict')


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        # Where CPython uses its C encoder (one shot, no indent), _json's takes the values it can do whole.
        if _one_shot and self.indent is None:
            text = _json.encode_plain(o, self.ensure_ascii, self.allow_nan, self.sort_keys, self.skipkeys,
                                      self.item_separator, self.key_separator)
            if text is not None:
                return [text]
        chunks = []
        self._encode(o, chunks, 0, {} if self.check_circular else None)
        return chunks

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return repr(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)) or _is_tuple_like(o):
            self._encode_list(o, out, level, markers)
        elif _is_mapping(o):
            self._encode_dict(o, out, level, markers)
        else:
            self._enter(o, markers)
            self._encode(self.default(o), out, level, markers)
            self._leave(o, markers)

    def _enter(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o

    def _leave(self, o, markers):
        if markers is not None:
            del markers[id(o)]

    def _newline(self, level):
        return '\n' + self.indent * level

    def _encode_list(self, o, out, level, markers):
        if not o:
            out.append('[]')
            return
        self._enter(o, markers)
        out.append('[')
        if self.indent is not None:
            level += 1
            separator = self.item_separator + self._newline(level)
            out.append(self._newline(level))
        else:
            separator = self.item_separator
        first = True
        for value in o:
            if not first:
                out.append(separator)
            first = False
            self._encode(value, out, level, markers)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append(']')
        self._leave(o, markers)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def _encode_dict(self, o, out, level, markers):
        if not o:
            out.append('{}')
            return
        self._enter(o, markers)
        out.append('{')
        if self.indent is not None:
            level += 1
            separator = self.item_separator + self._newline(level)
            out.append(self._newline(level))
        else:
            separator = self.item_separator
        items = list(o.items())
        if self.sort_keys:
            items = sorted(items)
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(_encode_string(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, level, markers)
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append('}')
        self._leave(o, markers)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


_default_encoder = JSONEncoder()


def dump(obj, fp, **kwargs):
    fp.write(dumps(obj, **kwargs))


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WHITESPACE = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


JSONDecodeError.__module__ = 'json.decoder'


def _skip_whitespace(doc, pos):
    while pos < len(doc) and doc[pos] in _WHITESPACE:
        pos += 1
    return pos


class _Parser:
    def __init__(self, doc, object_hook, parse_float, parse_int, object_pairs_hook):
        self.doc = doc
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int

    def skip(self, pos):
        return _skip_whitespace(self.doc, pos)

    def value(self, pos):
        doc = self.doc
        if pos >= len(doc):
            raise JSONDecodeError('Expecting value', doc, pos)
        ch = doc[pos]
        if ch == '"':
            return self.string(pos + 1)
        if ch == '{':
            return self.object(pos + 1)
        if ch == '[':
            return self.array(pos + 1)
        if doc.startswith('null', pos):
            return None, pos + 4
        if doc.startswith('true', pos):
            return True, pos + 4
        if doc.startswith('false', pos):
            return False, pos + 5
        for name, constant in _CONSTANTS.items():
            if doc.startswith(name, pos):
                return constant, pos + len(name)
        return self.number(pos)

    def number(self, pos):
        doc = self.doc
        end = pos
        if end < len(doc) and doc[end] == '-':
            end += 1
        if end < len(doc) and doc[end] == '0':
            end += 1
        elif end < len(doc) and '1' <= doc[end] <= '9':
            while end < len(doc) and doc[end].isdigit():
                end += 1
        else:
            raise JSONDecodeError('Expecting value', doc, pos)
        is_float = False
        if end + 1 < len(doc) and doc[end] == '.' and doc[end + 1].isdigit():
            is_float = True
            end += 1
            while end < len(doc) and doc[end].isdigit():
                end += 1
        if end < len(doc) and doc[end] in 'eE':
            exp = end + 1
            if exp < len(doc) and doc[exp] in '+-':
                exp += 1
            if exp < len(doc) and doc[exp].isdigit():
                is_float = True
                end = exp
                while end < len(doc) and doc[end].isdigit():
                    end += 1
        text = doc[pos:end]
        return (self.parse_float(text) if is_float else self.parse_int(text)), end

    def string(self, pos):
        doc = self.doc
        begin = pos - 1
        chunks = []
        while True:
            if pos >= len(doc):
                raise JSONDecodeError('Unterminated string starting at', doc, begin)
            ch = doc[pos]
            if ch == '"':
                return ''.join(chunks), pos + 1
            if ch == '\\':
                pos += 1
                if pos >= len(doc):
                    raise JSONDecodeError('Unterminated string starting at', doc, begin)
                esc = doc[pos]
                if esc == 'u':
                    code = self.unicode_escape(pos)
                    pos += 5
                    if 0xd800 <= code <= 0xdbff and doc[pos:pos + 2] == '\\u':
                        low = self.unicode_escape(pos + 1)
                        if 0xdc00 <= low <= 0xdfff:
                            code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                            pos += 6
                    chunks.append(chr(code))
                    continue
                if esc not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', doc, pos - 1)
                chunks.append(_BACKSLASH[esc])
                pos += 1
                continue
            if ch < ' ':
                raise JSONDecodeError('Invalid control character at', doc, pos)
            chunks.append(ch)
            pos += 1

    def unicode_escape(self, pos):
        text = self.doc[pos + 1:pos + 5]
        if len(text) == 4 and all(c in '0123456789abcdefABCDEF' for c in text):
            return int(text, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', self.doc, pos)

    def object(self, pos):
        doc = self.doc
        pairs = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == '}':
            return self.finish_object(pairs), pos + 1
        while True:
            if pos >= len(doc) or doc[pos] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', doc, pos)
            key, pos = self.string(pos + 1)
            pos = self.skip(pos)
            if pos >= len(doc) or doc[pos] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", doc, pos)
            pos = self.skip(pos + 1)
            value, pos = self.value(pos)
            pairs.append((key, value))
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == '}':
                return self.finish_object(pairs), pos + 1
            if pos >= len(doc) or doc[pos] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, pos)
            pos = self.skip(pos + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, pos):
        doc = self.doc
        values = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == ']':
            return values, pos + 1
        while True:
            value, pos = self.value(pos)
            values.append(value)
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == ']':
                return values, pos + 1
            if pos >= len(doc) or doc[pos] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, pos)
            pos = self.skip(pos + 1)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self._parser_args = (object_hook, parse_float, parse_int, object_pairs_hook)

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        # Without hooks, _json's scanner reads well-formed text; the Python parser raises the errors.
        if self._parser_args == _NO_HOOKS:
            found = _json.scan_plain(s, idx)
            if found is not None:
                return found
        return _Parser(s, *self._parser_args).value(idx)


_NO_HOOKS = (None, None, None, None)


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        # As CPython's detect_encoding for the common case: UTF-8, with or without its byte order mark.
        s = (s[3:] if s.startswith(b'\xef\xbb\xbf') else s).decode('utf-8')
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kwargs):
    return loads(fp.read(), **kwargs)
