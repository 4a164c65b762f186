/** The queue whose job every worker takes in turn to record that it is alive (see WorkerHeartbeat). */
export const HEARTBEAT_QUEUE = 'heartbeat';
