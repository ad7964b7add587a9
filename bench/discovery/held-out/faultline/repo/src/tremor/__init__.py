__version__ = "24.5.0.dev0"
