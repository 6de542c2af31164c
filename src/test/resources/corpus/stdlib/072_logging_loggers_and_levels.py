# Logger hierarchy: named loggers, per-logger levels, propagation and format fields.
import logging
import sys

logging.basicConfig(
    level=logging.WARNING,
    format="%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(threadName)s|%(message)s",
    stream=sys.stdout,
)

app = logging.getLogger("shop")
payments = logging.getLogger("shop.payments")
payments.setLevel(logging.DEBUG)


def charge(amount: float) -> None:
    payments.debug("charging %.2f", amount)
    if amount > 100:
        payments.warning("large charge: %.2f", amount)


def browse() -> None:
    app.info("user is browsing")  # shop inherits WARNING from the root logger
    app.warning("catalogue is stale")


charge(20)
charge(250)
browse()
print(payments.parent is app, app.parent is logging.getLogger(), logging.getLogger("shop") is app)
print(logging.getLevelName(app.getEffectiveLevel()), logging.getLevelName(payments.getEffectiveLevel()))

quiet = logging.getLogger("shop.quiet")
quiet.propagate = False
quiet.warning("no handler and no propagation: the last-resort handler prints this on stderr")
quiet.addHandler(logging.StreamHandler(sys.stdout))
quiet.error("a bare StreamHandler prints just the message")
logging.disable(logging.CRITICAL)
app.critical("disabled")
logging.disable(logging.NOTSET)
app.critical("enabled again")
