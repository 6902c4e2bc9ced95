"""Domain rules of the app, free of Qt and of storage details."""


class InvalidInput(ValueError):
    """A value a person gave is not acceptable; `field` says which, the message says why."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"
