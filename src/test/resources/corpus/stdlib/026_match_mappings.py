# match with mapping patterns: dispatching JSON-like events.
import json

events = json.loads("""[
  {"type": "click", "x": 10, "y": 20},
  {"type": "key", "key": "Enter", "mods": ["ctrl"]},
  {"type": "key", "key": "a"},
  {"type": "scroll", "delta": -3, "extra": "ignored"},
  {"type": "resize", "size": {"w": 800, "h": 600}},
  {"kind": "unknown"}
]""")

for event in events:
    match event:
        case {"type": "click", "x": x, "y": y}:
            print(f"click at ({x}, {y})")
        case {"type": "key", "key": key, "mods": [*mods]}:
            print(f"key {key} with {'+'.join(mods)}")
        case {"type": "key", "key": key}:
            print(f"key {key}")
        case {"type": "resize", "size": {"w": w, "h": h}}:
            print(f"resize to {w}x{h}")
        case {"type": kind, **rest}:
            print(f"other event {kind} with {sorted(rest)}")
        case _:
            print("not an event:", event)
