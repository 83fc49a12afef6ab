FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml setup.py README.md ./
COPY bot ./bot
COPY adapters ./adapters
COPY content ./content
# gcc only while installing: setup.py compiles the scorer with mypyc, then it goes
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
    && pip install --no-cache-dir -e . \
    && apt-get purge -y --auto-remove gcc libc6-dev && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 mockinterview
USER mockinterview
ENTRYPOINT ["mockinterview"]
CMD ["--help"]
