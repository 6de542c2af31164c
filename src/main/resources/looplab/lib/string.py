"""string: character classes, capwords, Template and Formatter."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(ch):
    return ch == '_' or ch in ascii_letters


def _is_ident_char(ch):
    return ch == '_' or ch in ascii_letters or ch in digits


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        while i < len(t):
            if not t.startswith(d, i):
                out.append(t[i])
                i += 1
                continue
            j = i + len(d)
            if t.startswith(d, j):
                out.append(d)
                i = j + len(d)
                continue
            if j < len(t) and t[j] == '{':
                end = t.find('}', j)
                name = t[j + 1:end] if end >= 0 else ''
                if end < 0 or not name or not _is_ident_start(name[0]) or \
                        not all(_is_ident_char(c) for c in name):
                    if safe:
                        out.append(d)
                        i = j
                        continue
                    self._invalid(i)
                text = t[i:end + 1]
                i = end + 1
            elif j < len(t) and _is_ident_start(t[j]):
                end = j
                while end < len(t) and _is_ident_char(t[end]):
                    end += 1
                name = t[j:end]
                text = t[i:end]
                i = end
            else:
                if safe:
                    out.append(d)
                    i = j
                    continue
                self._invalid(i)
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(text)
            else:
                raise KeyError(name)
        return ''.join(out)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        values = dict(mapping) if mapping else {}
        values.update(kws)
        return self._scan(values, False)

    def safe_substitute(self, mapping=None, /, **kws):
        values = dict(mapping) if mapping else {}
        values.update(kws)
        return self._scan(values, True)

    def get_identifiers(self):
        ids = []
        t = self.template
        i = 0
        while True:
            i = t.find(self.delimiter, i)
            if i < 0:
                return ids
            j = i + 1
            if j < len(t) and t[j] == '{':
                end = t.find('}', j)
                name = t[j + 1:end]
                i = end + 1
            else:
                end = j
                while end < len(t) and _is_ident_char(t[end]):
                    end += 1
                name = t[j:end]
                i = end if end > j else j
            if name and name not in ids:
                ids.append(name)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
