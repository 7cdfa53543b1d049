// richards.js — an operating-system task scheduler simulation, after Martin
// Richards' classic benchmark. A scheduler keeps a linked list of task
// control blocks (TCBs) ordered by priority; each TCB holds a task (idle,
// worker, two packet handlers, two devices) and a queue of packets. Tasks
// pass packets to each other through the scheduler, which suspends, holds and
// releases them. Constructor functions, prototype methods, and a `Task` base
// whose subclasses (made with Object.create) override `run` and call the
// inherited helpers.
var ITERATIONS = 160;

var ID_IDLE = 0;
var ID_WORKER = 1;
var ID_HANDLER_A = 2;
var ID_HANDLER_B = 3;
var ID_DEVICE_A = 4;
var ID_DEVICE_B = 5;
var NUMBER_OF_IDS = 6;

var KIND_DEVICE = 0;
var KIND_WORK = 1;

var DATA_SIZE = 4;

var STATE_RUNNING = 0;
var STATE_RUNNABLE = 1;
var STATE_SUSPENDED = 2;
var STATE_HELD = 4;
var STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
var STATE_NOT_HELD = ~STATE_HELD;

// ---------------------------------------------------------------- packets

function Packet(link, id, kind) {
  this.link = link;
  this.id = id;
  this.kind = kind;
  this.a1 = 0;
  this.a2 = [0, 0, 0, 0];
}

// Appends this packet to the end of `queue`; returns the new head.
Packet.prototype.addTo = function (queue) {
  this.link = null;
  if (queue === null) return this;
  var next = queue;
  var peek = next.link;
  while (peek !== null) {
    next = peek;
    peek = next.link;
  }
  next.link = this;
  return queue;
};

Packet.prototype.dataSum = function () {
  var s = 0;
  for (var i = 0; i < DATA_SIZE; i++) s += this.a2[i];
  return s;
};

// ---------------------------------------------------------------- task control blocks

function TaskControlBlock(link, id, priority, queue, task) {
  this.link = link;
  this.id = id;
  this.priority = priority;
  this.queue = queue;
  this.task = task;
  this.state = queue === null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
  this.runs = 0;
}

TaskControlBlock.prototype.setRunning = function () {
  this.state = STATE_RUNNING;
};
TaskControlBlock.prototype.markAsNotHeld = function () {
  this.state = this.state & STATE_NOT_HELD;
};
TaskControlBlock.prototype.markAsHeld = function () {
  this.state = this.state | STATE_HELD;
};
TaskControlBlock.prototype.markAsSuspended = function () {
  this.state = this.state | STATE_SUSPENDED;
};
TaskControlBlock.prototype.markAsRunnable = function () {
  this.state = this.state | STATE_RUNNABLE;
};
TaskControlBlock.prototype.isHeldOrSuspended = function () {
  return (this.state & STATE_HELD) !== 0 || this.state === STATE_SUSPENDED;
};

// Runs the task with the first queued packet, if it is runnable with one.
TaskControlBlock.prototype.run = function () {
  var packet;
  if (this.state === STATE_SUSPENDED_RUNNABLE) {
    packet = this.queue;
    this.queue = packet.link;
    this.state = this.queue === null ? STATE_RUNNING : STATE_RUNNABLE;
  } else {
    packet = null;
  }
  this.runs++;
  return this.task.run(packet);
};

// Adds `packet` to this TCB's queue; returns the TCB to run next (this one
// if it became runnable and outranks `task`).
TaskControlBlock.prototype.checkPriorityAdd = function (task, packet) {
  if (this.queue === null) {
    this.queue = packet;
    this.markAsRunnable();
    if (this.priority > task.priority) return this;
  } else {
    this.queue = packet.addTo(this.queue);
  }
  return task;
};

// ---------------------------------------------------------------- scheduler

function Scheduler() {
  this.queueCount = 0;
  this.holdCount = 0;
  this.blocks = [];
  for (var i = 0; i < NUMBER_OF_IDS; i++) this.blocks.push(null);
  this.list = null;
  this.currentTcb = null;
  this.currentId = -1;
}

Scheduler.prototype.addIdleTask = function (id, priority, queue, count) {
  this.addRunningTask(id, priority, queue, new IdleTask(this, 1, count));
};
Scheduler.prototype.addWorkerTask = function (id, priority, queue) {
  this.addTask(id, priority, queue, new WorkerTask(this, ID_HANDLER_A, 0));
};
Scheduler.prototype.addHandlerTask = function (id, priority, queue) {
  this.addTask(id, priority, queue, new HandlerTask(this));
};
Scheduler.prototype.addDeviceTask = function (id, priority, queue) {
  this.addTask(id, priority, queue, new DeviceTask(this));
};
Scheduler.prototype.addRunningTask = function (id, priority, queue, task) {
  this.addTask(id, priority, queue, task);
  this.currentTcb.setRunning();
};
Scheduler.prototype.addTask = function (id, priority, queue, task) {
  this.currentTcb = new TaskControlBlock(this.list, id, priority, queue, task);
  this.list = this.currentTcb;
  this.blocks[id] = this.currentTcb;
};

Scheduler.prototype.schedule = function () {
  this.currentTcb = this.list;
  while (this.currentTcb !== null) {
    if (this.currentTcb.isHeldOrSuspended()) {
      this.currentTcb = this.currentTcb.link;
    } else {
      this.currentId = this.currentTcb.id;
      this.currentTcb = this.currentTcb.run();
    }
  }
};

Scheduler.prototype.release = function (id) {
  var tcb = this.blocks[id];
  if (tcb === null) return tcb;
  tcb.markAsNotHeld();
  if (tcb.priority > this.currentTcb.priority) return tcb;
  return this.currentTcb;
};

Scheduler.prototype.holdCurrent = function () {
  this.holdCount++;
  this.currentTcb.markAsHeld();
  return this.currentTcb.link;
};

Scheduler.prototype.suspendCurrent = function () {
  this.currentTcb.markAsSuspended();
  return this.currentTcb;
};

Scheduler.prototype.queue = function (packet) {
  var t = this.blocks[packet.id];
  if (t === null) return t;
  this.queueCount++;
  packet.link = null;
  packet.id = this.currentId;
  return t.checkPriorityAdd(this.currentTcb, packet);
};

// ---------------------------------------------------------------- tasks

function Task(scheduler) {
  this.scheduler = scheduler;
}
Task.prototype.hold = function () {
  return this.scheduler.holdCurrent();
};
Task.prototype.suspend = function () {
  return this.scheduler.suspendCurrent();
};
Task.prototype.send = function (packet) {
  return this.scheduler.queue(packet);
};
Task.prototype.wake = function (id) {
  return this.scheduler.release(id);
};

function IdleTask(scheduler, v1, count) {
  Task.call(this, scheduler);
  this.v1 = v1;
  this.count = count;
}
IdleTask.prototype = Object.create(Task.prototype);
IdleTask.prototype.constructor = IdleTask;
IdleTask.prototype.run = function (packet) {
  this.count--;
  if (this.count === 0) return this.hold();
  if ((this.v1 & 1) === 0) {
    this.v1 = this.v1 >> 1;
    return this.wake(ID_DEVICE_A);
  }
  this.v1 = (this.v1 >> 1) ^ 0xd008;
  return this.wake(ID_DEVICE_B);
};

function DeviceTask(scheduler) {
  Task.call(this, scheduler);
  this.pending = null;
}
DeviceTask.prototype = Object.create(Task.prototype);
DeviceTask.prototype.constructor = DeviceTask;
DeviceTask.prototype.run = function (packet) {
  if (packet === null) {
    if (this.pending === null) return this.suspend();
    var v = this.pending;
    this.pending = null;
    return this.send(v);
  }
  this.pending = packet;
  return this.hold();
};

function WorkerTask(scheduler, v1, v2) {
  Task.call(this, scheduler);
  this.v1 = v1;
  this.v2 = v2;
}
WorkerTask.prototype = Object.create(Task.prototype);
WorkerTask.prototype.constructor = WorkerTask;
WorkerTask.prototype.run = function (packet) {
  if (packet === null) return this.suspend();
  this.v1 = this.v1 === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
  packet.id = this.v1;
  packet.a1 = 0;
  for (var i = 0; i < DATA_SIZE; i++) {
    this.v2++;
    if (this.v2 > 26) this.v2 = 1;
    packet.a2[i] = this.v2;
  }
  return this.send(packet);
};

function HandlerTask(scheduler) {
  Task.call(this, scheduler);
  this.work = null;
  this.devices = null;
}
HandlerTask.prototype = Object.create(Task.prototype);
HandlerTask.prototype.constructor = HandlerTask;
HandlerTask.prototype.run = function (packet) {
  if (packet !== null) {
    if (packet.kind === KIND_WORK) this.work = packet.addTo(this.work);
    else this.devices = packet.addTo(this.devices);
  }
  if (this.work !== null) {
    var count = this.work.a1;
    var v;
    if (count < DATA_SIZE) {
      if (this.devices !== null) {
        v = this.devices;
        this.devices = v.link;
        v.a1 = this.work.a2[count];
        this.work.a1 = count + 1;
        return this.send(v);
      }
    } else {
      v = this.work;
      this.work = v.link;
      return this.send(v);
    }
  }
  return this.suspend();
};

// ---------------------------------------------------------------- driver

function runRichards(idleCount) {
  var scheduler = new Scheduler();
  scheduler.addIdleTask(ID_IDLE, 0, null, idleCount);

  var queue = new Packet(null, ID_WORKER, KIND_WORK);
  queue = new Packet(queue, ID_WORKER, KIND_WORK);
  scheduler.addWorkerTask(ID_WORKER, 1000, queue);

  queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  scheduler.addHandlerTask(ID_HANDLER_A, 2000, queue);

  queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  scheduler.addHandlerTask(ID_HANDLER_B, 3000, queue);

  scheduler.addDeviceTask(ID_DEVICE_A, 4000, null);
  scheduler.addDeviceTask(ID_DEVICE_B, 5000, null);

  scheduler.schedule();

  var result = scheduler.queueCount * 31 + scheduler.holdCount;
  for (var tcb = scheduler.list; tcb !== null; tcb = tcb.link) {
    result = result * 7 + tcb.runs + tcb.state;
    result = result % 1000000007;
  }
  var worker = scheduler.blocks[ID_WORKER].task;
  return (result + worker.v2) % 1000000007;
}

var checksum = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  // The classic size (1000 idle steps) plus a little variation per round.
  checksum = (checksum * 3 + runRichards(1000 + (iter % 8) * 125)) % 1000000007;
}

console.log("richards checksum " + checksum);
