# textwrap: wrapping, filling, shortening, dedenting and indenting text.
import textwrap

text = ("Asyncio is a library to write concurrent code using the async/await syntax. "
        "It is used as a foundation for multiple Python asynchronous frameworks.")

print(textwrap.fill(text, width=40))
print(textwrap.wrap(text, width=30)[:3])
print(textwrap.shorten(text, width=50))
print(textwrap.shorten("Hello world", width=20), textwrap.shorten(text, 30, placeholder=" [more]"))


def usage() -> str:
    return textwrap.dedent("""\
        Usage: crawl [OPTIONS] URL

          --depth N    how deep to follow links
          --quiet      print nothing
        """)


print(usage(), end="")
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\nb", "+ ", predicate=lambda line: line.startswith("b")))
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
wrapper = textwrap.TextWrapper(width=25, max_lines=2)
print(wrapper.fill(text))
