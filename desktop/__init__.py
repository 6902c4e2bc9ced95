"""ip-tracker: offline tracking of Sanming's IP plan, signed returns and their merge."""

__version__ = "0.1.0"
APP_NAME = "ip-tracker"
