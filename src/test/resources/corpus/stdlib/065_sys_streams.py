# sys: writing to stdout directly, flushing, the version and the command line.
import sys

written = sys.stdout.write("no newline added... ")
sys.stdout.write("so we add one\n")
print("write returned", written)
sys.stdout.flush()

for i in range(3):
    sys.stdout.write(f"\rprogress {i + 1}/3")
sys.stdout.write("\n")

print("major version:", sys.version_info.major, "minor:", sys.version_info[1])
print(sys.version_info >= (3, 8), sys.version_info[:2] >= (3, 11))
print("arguments after the script:", sys.argv[1:], len(sys.argv))
print("this line goes to stderr", file=sys.stderr)
print("done", flush=True)
