FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY adapters ./adapters
COPY content ./content
RUN pip install --no-cache-dir -e . \
    && useradd --create-home --uid 10001 mockinterview
USER mockinterview
ENTRYPOINT ["mockinterview"]
CMD ["--help"]
