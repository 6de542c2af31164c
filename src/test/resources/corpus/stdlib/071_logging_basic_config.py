# logging.basicConfig: level, format and stream (stdout here, so the output can be compared).
import logging
import sys

logging.basicConfig(
    level=logging.INFO,
    format="%(levelname)-8s %(name)s: %(message)s",
    stream=sys.stdout,
)

logging.debug("hidden: below the INFO level")
logging.info("server starting on port %d", 8080)
logging.warning("disk usage at %s%%", 91)
logging.error("could not open %r", "settings.toml")
logging.critical("shutting down")

log = logging.getLogger("app.db")
log.info("connected to %s as %s", "db1", "reader")
log.debug("still hidden")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(10), logging.INFO)
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), log.name, log.parent.name)
logging.basicConfig(level=logging.DEBUG)  # ignored: the root logger already has a handler
logging.debug("still hidden after a second basicConfig")
logging.log(logging.WARNING, "logged through log()")
