# logger.exception logs at ERROR level with the traceback. The formatter keeps only the traceback's
# last line here, so that the output does not depend on where the file lives.
import logging
import sys


class OneLineTraceback(logging.Formatter):
    def formatException(self, exc_info) -> str:
        return "  " + super().formatException(exc_info).splitlines()[-1]


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(OneLineTraceback("%(levelname)s %(name)s %(funcName)s: %(message)s"))
log = logging.getLogger("importer")
log.addHandler(handler)
log.setLevel(logging.INFO)


def import_row(row: str) -> int:
    name, qty = row.split(",")
    return int(qty)


def import_all(rows: list[str]) -> int:
    total = 0
    for row in rows:
        try:
            total += import_row(row)
        except ValueError:
            log.exception("bad row %r", row)
        else:
            log.info("imported %r", row)
    return total


print("total", import_all(["apples,3", "pears,x", "plums", "figs,2"]))
try:
    {}["k"]
except KeyError:
    log.error("lookup failed", exc_info=True)
    log.warning("without traceback")
