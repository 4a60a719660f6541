#!/usr/bin/env python3
"""A consumer of the public topic inspectorate.publication.public, in Python.

Reads the CloudEvents (structured JSON) that publication writes to the topic,
parses each with the official CloudEvents SDK and validates the envelope and
its data against the JSON Schemas published in the AsyncAPI document
(docs/asyncapi.yaml: components.schemas, found by the event's `dataschema`,
which is each schema's `$id`). Keeps the public items in memory: a
PublicationWithdrawn removes one (Kafka cannot forget a record, so a consumer
must).

    pip install -r docs/examples/requirements-kafka.txt
    python3 docs/examples/publication_kafka_consumer.py \
        --brokers 127.0.0.1:19092 --group my-system --asyncapi docs/asyncapi.yaml

Options: --topic (default inspectorate.publication.public; tests use a prefixed
one), --from-beginning (a new group reads the whole topic), --max N (stop after
N events; prints a JSON summary), --timeout S (stop when nothing came for S
seconds). An event that does not validate is reported on stderr and skipped
(exit 1 at the end), never half-applied.

Needs confluent-kafka, cloudevents, jsonschema and PyYAML (requirements-kafka.txt).
"""
import argparse
import json
import sys
import time

import jsonschema
import yaml
from cloudevents.exceptions import GenericException
from cloudevents.kafka import KafkaMessage, from_structured
from confluent_kafka import Consumer

PUBLIC_TOPIC = "inspectorate.publication.public"


def load_schemas(asyncapi_path):
    """The published JSON Schemas: by `$id` (the events' dataschema) and the envelope's."""
    with open(asyncapi_path, encoding="utf-8") as f:
        schemas = yaml.safe_load(f)["components"]["schemas"]
    by_id = {s["$id"]: s for s in schemas.values() if isinstance(s, dict) and "$id" in s}
    return schemas["CloudEventEnvelope"], by_id


class Items:
    """What is public now, as the topic tells it: item id -> item."""

    def __init__(self, envelope_schema, data_schemas):
        self.envelope = envelope_schema
        self.data_schemas = data_schemas
        self.items = {}
        self.seen = 0
        self.invalid = []

    def apply(self, key, value, headers):
        """Validate one record and apply it; an invalid one is recorded and skipped."""
        try:
            message = KafkaMessage(headers=dict(headers or []), key=key, value=value)
            event = from_structured(message)
            raw = json.loads(value)
            jsonschema.validate(raw, self.envelope)
            schema = self.data_schemas.get(event["dataschema"])
            if schema is None:
                raise ValueError(f"no published schema {event['dataschema']}")
            jsonschema.validate(event.data, schema)
        except (GenericException, ValueError, KeyError, jsonschema.ValidationError) as error:
            self.invalid.append(f"{key!r}: {str(error).splitlines()[0]}")
            return
        self.seen += 1
        data = event.data
        if event["type"].endswith(".item.withdrawn.v1"):
            self.items.pop(data["itemId"], None)
        else:
            self.items[data["itemId"]] = data["item"]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brokers", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--asyncapi", required=True, help="path of docs/asyncapi.yaml")
    parser.add_argument("--topic", default=PUBLIC_TOPIC)
    parser.add_argument("--from-beginning", action="store_true")
    parser.add_argument("--max", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=0)
    args = parser.parse_args(argv)

    envelope, data_schemas = load_schemas(args.asyncapi)
    items = Items(envelope, data_schemas)
    consumer = Consumer(
        {
            "bootstrap.servers": args.brokers,
            "group.id": args.group,
            "auto.offset.reset": "earliest" if args.from_beginning else "latest",
            "enable.auto.commit": True,
        }
    )
    consumer.subscribe([args.topic])
    last = time.monotonic()
    try:
        while not (args.max and items.seen + len(items.invalid) >= args.max):
            if args.timeout and time.monotonic() - last > args.timeout:
                break
            record = consumer.poll(1.0)
            if record is None:
                continue
            if record.error():
                print(f"kafka: {record.error()}", file=sys.stderr)
                continue
            last = time.monotonic()
            items.apply(record.key(), record.value(), record.headers())
    finally:
        consumer.close()
    for problem in items.invalid:
        print(f"invalid event skipped: {problem}", file=sys.stderr)
    print(json.dumps({"events": items.seen, "public": sorted(items.items), "invalid": len(items.invalid)}))
    return 1 if items.invalid else 0


if __name__ == "__main__":
    sys.exit(main())
