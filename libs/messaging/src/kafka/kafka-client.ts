import { Logger } from '@nestjs/common';
import { Kafka, Partitioners, logLevel, type LogEntry, type logCreator } from 'kafkajs';

/** kafkajs logs through Nest's logger (and so through pino), warnings and up. */
const nestLogCreator: logCreator = () => {
  const logger = new Logger('kafkajs');
  return ({ level, log }: LogEntry) => {
    const { message, ...extra } = log;
    const text = `${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR) logger.error(text);
    else if (level === logLevel.WARN) logger.warn(text);
  };
};

export function createKafka(brokers: string[], clientId: string): Kafka {
  return new Kafka({
    brokers,
    clientId,
    logLevel: logLevel.WARN,
    logCreator: nestLogCreator,
    retry: { initialRetryTime: 300, retries: 8 },
  });
}

/**
 * Producer settings of the backbone: idempotent with one request in flight
 * (no duplicates, no reordering on retry), never creating topics by accident,
 * and the Java client's murmur2 partitioner so a key lands on the same
 * partition whichever client produced it.
 */
export const PRODUCER_CONFIG = {
  idempotent: true,
  maxInFlightRequests: 1,
  allowAutoTopicCreation: false,
  createPartitioner: Partitioners.DefaultPartitioner,
} as const;

export function parseBrokers(list: string): string[] {
  return list
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}
