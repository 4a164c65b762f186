import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { AfterCommitSubscriber, EventBusService, afterCommit, inTransaction } from '@undersigned/common';
import { COUNTS_TOPIC, CountsPublisher, type CountsEvent } from '@undersigned/endorsements';
import { eventually } from './support/eventually';
import { createLetter, createOrganisation, signUp } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('afterCommit', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  /** Another connection: what it sees of the probe rows is what has committed. */
  let other: Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource({
      type: 'postgres',
      url: database.url,
      subscribers: [AfterCommitSubscriber],
    }).initialize();
    other = new Pool({ connectionString: database.url, max: 1 });
    await dataSource.query('CREATE TABLE after_commit_probe (label text PRIMARY KEY)');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await other?.end();
    await database?.drop();
  });

  /** Inserts `label` in the transaction of `manager`. */
  const write = (manager: EntityManager, label: string): Promise<unknown> =>
    manager.query('INSERT INTO after_commit_probe (label) VALUES ($1)', [label]);

  /** Work for afterCommit that records `label` and whether its row was visible to another connection then. */
  const recorder = (heard: string[]) => (label: string) => async (): Promise<void> => {
    const { rowCount } = await other.query('SELECT 1 FROM after_commit_probe WHERE label = $1', [label]);
    heard.push(`${label}${rowCount ? '' : ' (not committed)'}`);
  };

  it('runs once the transaction commits, when its change is visible, and once only', async () => {
    const started: string[] = [];
    const heard: string[] = [];
    const record = recorder(heard);
    await dataSource.transaction(async (manager) => {
      await write(manager, 'committed');
      afterCommit(manager, () => {
        started.push('committed');
        return record('committed')();
      });
      await manager.query('SELECT 1');
      expect(started).toEqual([]);
    });
    expect(started).toEqual(['committed']); // before the transaction's caller resumes
    await eventually(() => heard.length > 0);
    expect(heard).toEqual(['committed']);
  });

  it('never runs what a rolled-back transaction registered', async () => {
    const heard: string[] = [];
    await expect(
      dataSource.transaction(async (manager) => {
        await write(manager, 'rolled back');
        afterCommit(manager, () => heard.push('rolled back'));
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    // The next transaction on the same pool runs its own work, and the rolled-back one's never.
    await dataSource.transaction(async (manager) => afterCommit(manager, () => heard.push('next')));
    expect(heard).toEqual(['next']);
    expect((await other.query(`SELECT 1 FROM after_commit_probe WHERE label = 'rolled back'`)).rowCount).toBe(0);
  });

  it('waits for the outer transaction when a nested call joins it', async () => {
    const heard: string[] = [];
    await dataSource.transaction(async (outer) => {
      await inTransaction(
        dataSource,
        async (manager) => {
          await write(manager, 'nested');
          afterCommit(manager, () => heard.push('nested'));
        },
        outer,
      );
      expect(heard).toEqual([]); // the nested call returned; its transaction has not committed
      await outer.query('SELECT 1');
      expect(heard).toEqual([]);
    });
    expect(heard).toEqual(['nested']);
  });

  it('waits for the outermost commit past a savepoint, and drops what a rolled-back savepoint registered', async () => {
    const heard: string[] = [];
    await dataSource.transaction(async (outer) => {
      afterCommit(outer, () => heard.push('outer'));
      await outer.transaction(async (savepoint) => {
        await write(savepoint, 'released savepoint');
        afterCommit(savepoint, () => heard.push('released savepoint'));
      });
      expect(heard).toEqual([]);
      await expect(
        outer.transaction(async (savepoint) => {
          afterCommit(savepoint, () => heard.push('rolled-back savepoint'));
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(heard).toEqual([]);
    });
    expect(heard).toEqual(['outer', 'released savepoint']);
  });

  it('runs work registered under one key once per transaction', async () => {
    const heard: string[] = [];
    await dataSource.transaction(async (manager) => {
      afterCommit(manager, () => heard.push('first'), 'letter-1');
      afterCommit(manager, () => heard.push('again'), 'letter-1');
      afterCommit(manager, () => heard.push('another'), 'letter-2');
    });
    await dataSource.transaction(async (manager) => afterCommit(manager, () => heard.push('next'), 'letter-1'));
    expect(heard).toEqual(['first', 'another', 'next']);
  });

  it('runs at once outside a transaction', () => {
    const heard: string[] = [];
    afterCommit(dataSource.manager, () => heard.push('now'));
    expect(heard).toEqual(['now']);
  });

  it('logs a failing piece of work, and keeps it from the committed caller and from the work after it', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const heard: string[] = [];
    await dataSource.transaction(async (manager) => {
      afterCommit(manager, () => {
        throw new Error('thrown');
      });
      afterCommit(manager, () => Promise.reject(new Error('rejected')));
      afterCommit(manager, () => heard.push('after'));
    });
    expect(heard).toEqual(['after']);
    await eventually(() => warned.mock.calls.length === 2);
    expect(warned.mock.calls.map(([message]) => message)).toEqual([
      'work after commit failed: thrown',
      'work after commit failed: rejected',
    ]);
    warned.mockRestore();
  });

  it('refuses a transaction of a data source that does not follow commits', async () => {
    const unfollowed = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    try {
      await expect(unfollowed.transaction(async (manager) => afterCommit(manager, () => undefined))).rejects.toThrow(
        'AfterCommitSubscriber',
      );
    } finally {
      await unfollowed.destroy();
    }
  });
});

describe('letterCountsChanged after commit', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('publishes nothing for a rolled-back change, and once for a committed one, not before its commit', async () => {
    const owner = await signUp(app, 'Counts Owner');
    const organisation = await createOrganisation(app, owner, { name: 'After Commit Org' });
    const letter = await createLetter(app, owner, organisation.id);
    const dataSource = app.app.get(DataSource);
    const publisher = app.app.get(CountsPublisher, { strict: false });
    const bus = app.app.get(EventBusService, { strict: false });
    const heard: CountsEvent[] = [];
    bus.on<CountsEvent>(COUNTS_TOPIC, (event) => {
      if (event.letterId === letter.id) heard.push(event);
    });
    const invite = (manager: EntityManager): Promise<unknown> =>
      manager.query(
        `INSERT INTO letter_invitations (letter_id, email, token_hash, expires_at)
         VALUES ($1, 'invitee@example.org', $2, now() + interval '1 day')`,
        [letter.id, randomBytes(32).toString('hex')],
      );

    await expect(
      dataSource.transaction(async (manager) => {
        await invite(manager);
        publisher.changed(manager, letter.id);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');

    await dataSource.transaction(async (outer) => {
      await invite(outer);
      publisher.changed(outer, letter.id);
      // A service called inside the transaction joins it and asks again: still once, after the commit.
      await inTransaction(dataSource, async (manager) => publisher.changed(manager, letter.id), outer);
    });
    await eventually(() => heard.length > 0, { what: 'the committed change published' });
    // The counts were read after the commit (one invitation: the committed one, not the rolled-back one).
    expect(heard[0].counts.invited).toBe(1);

    // Nothing else is on its way: an event published now arrives after anything published before it.
    await new Promise((done) => setTimeout(done, 200));
    await bus.publish(COUNTS_TOPIC, { letterId: letter.id, counts: { ...heard[0].counts, invited: -1 } });
    await eventually(() => heard.some((event) => event.counts.invited === -1), { what: 'the sentinel' });
    expect(heard.map((event) => event.counts.invited)).toEqual([1, -1]);
  });
});
