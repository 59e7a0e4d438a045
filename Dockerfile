# The Trauma Code trivia bot. Build:  docker build -t trauma-trivia .
# Run:  docker run -e DISCORD_TOKEN -v trivia-data:/app/data trauma-trivia
# The token comes only from the environment at run time; it is never in the image.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TRIVIA_QUESTIONS=/app/questions.yaml \
    TRIVIA_DB=/app/data/trivia.db

WORKDIR /app
RUN useradd --create-home --uid 10001 trivia

# Dependencies first, read from pyproject.toml alone, so that a code edit does not
# reinstall them: this layer changes only when pyproject.toml does.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt && rm /tmp/requirements.txt

# Then the bot itself, without touching the dependencies installed above.
COPY README.md ./
COPY bot ./bot
RUN pip install --no-deps . && mkdir -p /app/data && chown trivia:trivia /app/data
COPY questions.yaml ./

USER trivia
VOLUME ["/app/data"]
ENTRYPOINT ["python", "-m", "bot"]
