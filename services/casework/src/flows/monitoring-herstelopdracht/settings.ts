/** What the monitoring herstelopdracht flow takes from the service's configuration. */
export interface MonitoringSettings {
  /** `MM-DD`: the herstelopdracht deadline is the first such date after the monitoring deadline. */
  herstelopdrachtDeadline: string;
}

export const MONITORING_SETTINGS = Symbol('casework:monitoring-settings');

/** The first `MM-DD` strictly after the monitoring deadline. */
export function herstelDeadlineAfter(monitoringDeadline: string, mmdd: string): string {
  const year = Number(monitoringDeadline.slice(0, 4));
  const candidate = `${year}-${mmdd}`;
  return candidate > monitoringDeadline ? candidate : `${year + 1}-${mmdd}`;
}
