print("setting up")

def not_written_yet():
