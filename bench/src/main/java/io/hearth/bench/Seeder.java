package io.hearth.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Seeds the bench database, deterministically (fixed seeds; the only random parts are what the platform
 * itself makes: the big tenant's and its catalog's ids, and encryption nonces).
 *
 * <ul>
 * <li>the big tenant through the super-admin API, as dev/run.sh creates the demo tenants (Keycloak
 * organization and owner), and its catalog through the owner's catalog API, as dev/DemoData.java does;</li>
 * <li>every other row with COPY: the other tenants (their catalogs copied from the big tenant's), workers
 * (approved, skills, approved HEALTH certificates, weekly windows), customers with an address, and orders
 * with their quote, creation timeline entry and worker booking. Personal data is encrypted with the
 * app's keys in the app's format ({@link Crypto}); bookings never overlap (the exclusion constraint
 * checks every row).</li>
 * </ul>
 * The run ends with a marker row ({@code bench_seed}); a data set without it is never used.
 */
final class Seeder {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    record City(String code, String name, double lat, double lng, List<String> districts) {
    }

    static final List<City> CITIES = List.of(
            new City("310100", "上海", 31.2304, 121.4737, List.of("黄浦区", "徐汇区", "长宁区", "静安区", "普陀区", "虹口区", "杨浦区", "浦东新区")),
            new City("330100", "杭州", 30.2741, 120.1551, List.of("上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区")),
            new City("110100", "北京", 39.9042, 116.4074, List.of("东城区", "西城区", "朝阳区", "海淀区", "丰台区")),
            new City("440300", "深圳", 22.5431, 114.0579, List.of("福田区", "罗湖区", "南山区", "宝安区", "龙岗区")));

    /** The big tenant's city; the slot search asks for its centre. */
    static final City BIG_CITY = CITIES.get(0);

    record Category(String code, String parent, int sort, String zh, String en) {
    }

    record ItemSpec(String code, String category, String unit, long priceFen, int minutes, Integer min, Integer max,
            String tags, String zh, String en, long popularity) {
    }

    /** The demo catalog of dev/DemoData.java. */
    static final List<Category> CATEGORIES = List.of(
            new Category("daily-cleaning", null, 0, "日常保洁", "Daily cleaning"),
            new Category("hourly", "daily-cleaning", 0, "钟点保洁", "Hourly cleaning"),
            new Category("kitchen-bathroom", "daily-cleaning", 1, "厨卫清洁", "Kitchen and bathroom"),
            new Category("deep-cleaning", null, 1, "深度保洁", "Deep cleaning"),
            new Category("appliance-cleaning", null, 2, "家电清洗", "Appliance cleaning"),
            new Category("window-cleaning", null, 3, "擦窗清洗", "Window cleaning"),
            new Category("childcare", null, 4, "母婴育儿", "Nanny and childcare"),
            new Category("elderly-care", null, 5, "居家养老", "Elderly care"));

    static final List<ItemSpec> ITEMS = List.of(
            new ItemSpec("hourly-clean", "hourly", "PER_HOUR", 5_000, 120, 2, 8, "保洁,cleaning,钟点工", "日常保洁（按小时）", "Hourly home cleaning", 100_000),
            new ItemSpec("kitchen-deep", "kitchen-bathroom", "PER_VISIT", 29_900, 180, 1, 1, "厨房,kitchen,去油污", "厨房深度清洁", "Kitchen deep clean", 40_000),
            new ItemSpec("bathroom-deep", "kitchen-bathroom", "PER_VISIT", 19_900, 120, 1, 1, "卫生间,bathroom,除垢", "卫生间深度清洁", "Bathroom deep clean", 35_000),
            new ItemSpec("whole-home-deep", "deep-cleaning", "PER_SQUARE_METRE", 800, 240, 30, 300, "开荒,deep,新房", "全屋深度保洁", "Whole-home deep clean", 30_000),
            new ItemSpec("ac-clean", "appliance-cleaning", "PER_PIECE", 12_000, 60, 1, 10, "空调,air conditioner", "空调清洗", "Air-conditioner cleaning", 25_000),
            new ItemSpec("range-hood", "appliance-cleaning", "PER_PIECE", 15_000, 90, 1, 3, "油烟机,range hood", "油烟机清洗", "Range hood cleaning", 12_000),
            new ItemSpec("washing-machine", "appliance-cleaning", "PER_PIECE", 13_000, 90, 1, 3, "洗衣机,washing machine", "洗衣机清洗", "Washing machine cleaning", 10_000),
            new ItemSpec("window-clean", "window-cleaning", "PER_SQUARE_METRE", 600, 120, 10, 200, "擦玻璃,windows", "擦玻璃", "Window cleaning", 20_000),
            new ItemSpec("nanny-day", "childcare", "PER_HOUR", 6_000, 480, 4, 12, "育儿嫂,nanny,带娃", "育儿嫂（白班）", "Day nanny", 8_000),
            new ItemSpec("maternity-nurse", "childcare", "PER_VISIT", 1_280_000, 1_440, 1, 1, "月嫂,maternity", "月嫂（26天）", "Maternity nurse (26 days)", 5_000),
            new ItemSpec("elderly-companion", "elderly-care", "PER_HOUR", 5_500, 240, 2, 12, "陪护,养老,elderly", "老人陪护", "Elderly companion care", 6_000));

    /** What orders are made of: item code, quantity, and how often (of 100). Every seeded worker has these skills. */
    record Orderable(String code, int quantity, int weight) {
    }

    static final List<Orderable> ORDERABLE = List.of(new Orderable("hourly-clean", 2, 50), new Orderable("kitchen-deep", 1, 10),
            new Orderable("bathroom-deep", 1, 10), new Orderable("whole-home-deep", 60, 10), new Orderable("window-clean", 20, 10),
            new Orderable("ac-clean", 2, 10));

    static final String[][] NAMES = { { "王秀英", "FEMALE" }, { "李桂兰", "FEMALE" }, { "张玉梅", "FEMALE" }, { "刘淑珍", "FEMALE" },
            { "陈丽华", "FEMALE" }, { "杨建国", "MALE" }, { "赵秀兰", "FEMALE" }, { "黄志强", "MALE" }, { "周桂英", "FEMALE" },
            { "吴美华", "FEMALE" }, { "徐海燕", "FEMALE" }, { "孙明", "MALE" }, { "马春梅", "FEMALE" }, { "朱丽", "FEMALE" },
            { "胡建军", "MALE" }, { "郭红梅", "FEMALE" }, { "何秀珍", "FEMALE" }, { "高伟", "MALE" }, { "林桂芳", "FEMALE" },
            { "罗晓燕", "FEMALE" } };
    static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭" };

    record Item(UUID id, String code, String unit, long priceFen, int minutes) {
    }

    record Address(UUID customerId, UUID id, String contactName, String phoneEnc, String phoneHash, String last4,
            String district, String community, String building, String unit, String roomEnc, String detailEnc,
            double lat, double lng) {
    }

    /** One tenant being seeded and what later steps need of it. */
    static final class TenantSeed {
        final int index;
        final UUID id;
        final String slug;
        final City city;
        final int workers;
        final int customers;
        final int orders;
        final Map<String, Item> items = new LinkedHashMap<>();
        final List<UUID> workerIds = new ArrayList<>();
        final List<Address> addresses = new ArrayList<>();

        TenantSeed(int index, UUID id, String slug, City city, int workers, int customers, int orders) {
            this.index = index;
            this.id = id;
            this.slug = slug;
            this.city = city;
            this.workers = workers;
            this.customers = customers;
            this.orders = orders;
        }
    }

    private final Env env;
    private final DataSet ds;
    private final Db db;
    private final Http http;
    private final Auth auth;
    private final Crypto crypto;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final LocalDate today = LocalDate.ofInstant(now, ZONE);

    Seeder(Env env, DataSet ds, Db db, Http http, Auth auth) {
        this.env = env;
        this.ds = ds;
        this.db = db;
        this.http = http;
        this.auth = auth;
        this.crypto = new Crypto(env.secret("HEARTH_CRYPTO_DATA_KEY"), env.secret("HEARTH_CRYPTO_INDEX_KEY"));
    }

    /** The marker of a complete data set of this profile and seed version, or null. */
    static String marker(Db db, DataSet ds) {
        try (Connection c = db.connect()) {
            if (Db.scalar(c, "select count(*) from pg_tables where tablename = 'bench_seed'") == 0) {
                return null;
            }
            return Db.text(c, "select 'seeded ' || to_char(seeded_at, 'YYYY-MM-DD HH24:MI') || ' UTC in ' || seconds || ' s'"
                    + " from bench_seed where profile = ? and seed_version = ?", ds.profile(), DataSet.SEED_VERSION);
        } catch (SQLException e) {
            return null; // no database yet
        }
    }

    /** Needs the platform running (the big tenant and its catalog go through the API) on an empty database. */
    void seed() throws Exception {
        long t0 = System.nanoTime();
        System.out.printf(Locale.ROOT, "[seed] %s data set: %,d tenants; big tenant %,d workers, %,d customers, %,d orders%n",
                ds.profile(), ds.tenants(), ds.bigWorkers(), ds.bigCustomers(), ds.bigOrders());
        TenantSeed big = bigTenantThroughTheApi();
        List<TenantSeed> others = otherTenants();
        try (Connection c = db.connect()) {
            copyCatalogs(c, big.id);
            List<TenantSeed> all = new ArrayList<>();
            all.add(big);
            all.addAll(others);
            loadItems(c, all);
            workers(all);
            customers(all);
            orders(all);
            System.out.println("[seed] vacuum analyze");
            Db.exec(c, "vacuum analyze");
            Db.exec(c, "create table bench_seed (profile text primary key, seed_version int not null, seeded_at timestamptz not null,"
                    + " tenants int not null, big_workers int not null, big_customers int not null, big_orders int not null,"
                    + " total_orders bigint not null, seconds int not null)");
            Db.update(c, "insert into bench_seed values (?, ?, now(), ?, ?, ?, ?, ?, ?)", ds.profile(), DataSet.SEED_VERSION,
                    ds.tenants(), ds.bigWorkers(), ds.bigCustomers(), ds.bigOrders(), ds.totalOrders(),
                    (int) ((System.nanoTime() - t0) / 1_000_000_000L));
        }
        System.out.printf(Locale.ROOT, "[seed] done in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    // ---- tenants and catalogs ----

    private TenantSeed bigTenantThroughTheApi() throws SQLException {
        String admin = auth.superAdmin();
        Map<String, Object> owner = Map.of("username", Env.OWNER_USERNAME, "email", "owner@bench-big.example",
                "firstName", "Bench", "lastName", "Owner");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", Env.BIG_SLUG);
        body.put("type", "COMPANY");
        body.put("displayName", "Bench Big Home Services 倍驰家政");
        body.put("primaryColor", "#0F766E");
        body.put("defaultLocale", "zh-CN");
        body.put("timeZone", ZONE.getId());
        body.put("cityCodes", List.of(BIG_CITY.code()));
        body.put("owner", owner);
        JsonNode created = http.expect(201, "POST", env.appUrl() + "/api/platform/tenants", admin, body);
        UUID id = UUID.fromString(created.path("tenant").path("id").asText());
        System.out.println("[seed] big tenant " + Env.BIG_SLUG + " created through the super-admin API (" + id + ")");
        auth.setOwnerPassword();
        String ownerToken = auth.owner();
        catalogThroughTheApi(ownerToken);
        System.out.printf("[seed] catalog of %s through the owner's API: %d categories, %d items, 2 packages%n", Env.BIG_SLUG,
                CATEGORIES.size(), ITEMS.size());
        return new TenantSeed(0, id, Env.BIG_SLUG, BIG_CITY, ds.bigWorkers(), ds.bigCustomers(), ds.bigOrders());
    }

    private void catalogThroughTheApi(String owner) {
        String base = env.appUrl() + "/api/tenant/catalog";
        Map<String, String> categoryIds = new LinkedHashMap<>();
        for (Category c : CATEGORIES) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", c.code());
            body.put("sortOrder", c.sort());
            if (c.parent() != null) {
                body.put("parentId", categoryIds.get(c.parent()));
            }
            body.put("texts", Map.of("zh-CN", Map.of("name", c.zh()), "en", Map.of("name", c.en())));
            categoryIds.put(c.code(), http.expect(201, "POST", base + "/categories", owner, body).path("id").asText());
        }
        Map<String, String> itemIds = new LinkedHashMap<>();
        for (ItemSpec i : ITEMS) {
            List<String> tags = new ArrayList<>(List.of(i.code()));
            tags.addAll(List.of(i.tags().split(",")));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("categoryId", categoryIds.get(i.category()));
            body.put("unit", i.unit());
            body.put("basePriceFen", i.priceFen());
            body.put("defaultDurationMinutes", i.minutes());
            body.put("minQuantity", i.min());
            body.put("maxQuantity", i.max());
            body.put("tags", tags);
            body.put("texts", Map.of("zh-CN", Map.of("name", i.zh()), "en", Map.of("name", i.en())));
            itemIds.put(i.code(), http.expect(201, "POST", base + "/items", owner, body).path("id").asText());
        }
        http.expect(201, "POST", base + "/packages", owner, Map.of("code", "basic-2h", "durationMinutes", 120, "priceFen", 9900,
                "items", List.of(Map.of("itemId", itemIds.get("hourly-clean"), "quantity", 2)),
                "texts", Map.of("zh-CN", Map.of("name", "2小时基础保洁"), "en", Map.of("name", "2-hour basic clean"))));
        http.expect(201, "POST", base + "/packages", owner, Map.of("code", "deep-3-4h", "durationMinutes", 240, "priceFen", 39900,
                "items", List.of(Map.of("itemId", itemIds.get("kitchen-deep"), "quantity", 1),
                        Map.of("itemId", itemIds.get("bathroom-deep"), "quantity", 1)),
                "texts", Map.of("zh-CN", Map.of("name", "3-4小时深度保洁"), "en", Map.of("name", "3–4 hour deep clean"))));
    }

    private List<TenantSeed> otherTenants() throws SQLException {
        List<TenantSeed> out = new ArrayList<>();
        out.add(new TenantSeed(1, uuid("tenant:" + Env.BOOKING_SLUG), Env.BOOKING_SLUG, BIG_CITY, ds.bookingWorkers(),
                ds.bookingCustomers(), 0));
        for (int i = 2; i < ds.tenants(); i++) {
            String slug = String.format(Locale.ROOT, "bench-t%04d", i);
            out.add(new TenantSeed(i, uuid("tenant:" + slug), slug, CITIES.get(i % CITIES.size()), ds.smallWorkers(),
                    ds.smallCustomers(), ds.smallOrders()));
        }
        try (Connection c = db.connect()) {
            String settings = Db.text(c, "select settings::text from tenant where slug = ?", Env.BIG_SLUG);
            Progress p = new Progress("tenants", out.size());
            try (Copy copy = new Copy(c, "tenant", "id, slug, type, status, display_name, primary_color, default_locale,"
                    + " time_zone, city_codes, settings, created_at, updated_at, version", p)) {
                for (TenantSeed t : out) {
                    copy.v(t.id).v(t.slug).v("COMPANY").v("ACTIVE").v("Bench tenant " + t.index + " 家政" + t.index).v("#2563EB")
                            .v(t.index % 2 == 0 ? "zh-CN" : "en").v(ZONE.getId()).v("{" + t.city.code() + "}").v(settings)
                            .v(now.minus(400, ChronoUnit.DAYS)).v(now.minus(400, ChronoUnit.DAYS)).v(0).end();
                }
            }
        }
        return out;
    }

    /** Every other tenant gets a copy of the big tenant's catalog (ids derived from tenant and original id). */
    private void copyCatalogs(Connection c, UUID big) throws SQLException {
        int n = Db.update(c, "insert into category (tenant_id, id, parent_id, code, sort_order, enabled, texts, created_at, updated_at)"
                + " select t.id, md5(t.id::text || x.id::text)::uuid,"
                + " case when x.parent_id is null then null else md5(t.id::text || x.parent_id::text)::uuid end,"
                + " x.code, x.sort_order, x.enabled, x.texts, x.created_at, x.updated_at"
                + " from category x cross join tenant t where x.tenant_id = cast(? as uuid) and t.slug like 'bench-%' and t.id <> x.tenant_id",
                big);
        n += Db.update(c, "insert into service_item (tenant_id, id, category_id, unit, base_price_fen, default_duration_minutes,"
                + " min_quantity, max_quantity, tags, texts, search_text, enabled, popularity, created_at, updated_at)"
                + " select t.id, md5(t.id::text || x.id::text)::uuid, md5(t.id::text || x.category_id::text)::uuid, x.unit,"
                + " x.base_price_fen, x.default_duration_minutes, x.min_quantity, x.max_quantity, x.tags, x.texts, x.search_text,"
                + " x.enabled, x.popularity, x.created_at, x.updated_at"
                + " from service_item x cross join tenant t where x.tenant_id = cast(? as uuid) and t.slug like 'bench-%' and t.id <> x.tenant_id",
                big);
        n += Db.update(c, "insert into service_package (tenant_id, id, code, duration_minutes, price_fen, valid_from, valid_until,"
                + " texts, enabled, created_at, updated_at)"
                + " select t.id, md5(t.id::text || x.id::text)::uuid, x.code, x.duration_minutes, x.price_fen, x.valid_from,"
                + " x.valid_until, x.texts, x.enabled, x.created_at, x.updated_at"
                + " from service_package x cross join tenant t where x.tenant_id = cast(? as uuid) and t.slug like 'bench-%' and t.id <> x.tenant_id",
                big);
        n += Db.update(c, "insert into service_package_item (tenant_id, package_id, item_id, quantity)"
                + " select t.id, md5(t.id::text || x.package_id::text)::uuid, md5(t.id::text || x.item_id::text)::uuid, x.quantity"
                + " from service_package_item x cross join tenant t where x.tenant_id = cast(? as uuid) and t.slug like 'bench-%' and t.id <> x.tenant_id",
                big);
        // popularity as orders would have made it: hourly cleaning first (the slot search's "most popular item")
        for (ItemSpec i : ITEMS) {
            Db.update(c, "update service_item set popularity = ? where tags[1] = ?", i.popularity(), i.code());
        }
        System.out.printf(Locale.ROOT, "[seed] catalogs copied to the other tenants: %,d rows%n", n);
    }

    void loadItems(Connection c, List<TenantSeed> all) throws SQLException {
        Map<UUID, TenantSeed> byId = new LinkedHashMap<>();
        all.forEach(t -> byId.put(t.id, t));
        try (PreparedStatement ps = c.prepareStatement("select tenant_id, id, tags[1], unit, base_price_fen, default_duration_minutes"
                + " from service_item"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                TenantSeed t = byId.get(rs.getObject(1, UUID.class));
                if (t != null) {
                    t.items.put(rs.getString(3), new Item(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getInt(6)));
                }
            }
        }
        for (TenantSeed t : all) {
            if (t.items.size() != ITEMS.size()) {
                throw new IllegalStateException("tenant " + t.slug + " has " + t.items.size() + " catalog items");
            }
        }
    }

    // ---- workers ----

    void workers(List<TenantSeed> all) throws SQLException {
        long total = all.stream().mapToLong(t -> t.workers).sum();
        Progress p = new Progress("workers", total);
        try (Connection cw = db.connect(); Connection cs = db.connect(); Connection cc = db.connect(); Connection ca = db.connect();
                Connection cx = db.connect(); Connection cd = db.connect()) {
            Copy workers = new Copy(cw, "worker", "tenant_id, id, phone_enc, phone_hash, phone_last4, created_at, updated_at,"
                    + " audit_status, work_status, display_name, gender, birth_year, experience_years, introduction, home_lat, home_lng,"
                    + " service_radius_km, id_number_enc, id_number_hash, id_number_last4, rating_attitude_x100,"
                    + " rating_efficiency_x100, rating_quality_x100, rating_punctuality_x100, rating_count, orders_served, submitted_at", p);
            Copy skills = new Copy(cs, "worker_skill", "tenant_id, worker_id, service_item_id", null);
            Copy certs = new Copy(cc, "worker_certificate", "tenant_id, id, worker_id, type, number, issued_on, expires_on,"
                    + " audit_state, created_at, updated_at", null);
            Copy windows = new Copy(ca, "availability_window", "tenant_id, id, worker_id, weekday, start_minute, end_minute", null);
            Copy exceptions = new Copy(cx, "availability_exception", "tenant_id, id, worker_id, on_date, kind, start_minute,"
                    + " end_minute, created_at", null);
            Copy decisions = new Copy(cd, "worker_audit_decision", "tenant_id, id, worker_id, decision, decided_by, decided_by_name,"
                    + " decided_at", null);
            for (TenantSeed t : all) {
                Random r = new Random(1_000L + t.index);
                for (int i = 0; i < t.workers; i++) {
                    UUID id = uuid(r);
                    t.workerIds.add(id);
                    String phone = String.format(Locale.ROOT, "+86136%08d", i);
                    String idNumber = String.format(Locale.ROOT, "330106%04d0101%04d", 1965 + i % 35, i % 10_000);
                    String[] name = NAMES[i % NAMES.length];
                    Instant joined = now.minus(30 + r.nextInt(600), ChronoUnit.DAYS);
                    // homes within ~10 km of the centre, serving 30 km: every worker is a candidate at the centre
                    double angle = r.nextDouble() * 2 * Math.PI;
                    double km = 10 * Math.sqrt(r.nextDouble());
                    double lat = t.city.lat() + km / 111.0 * Math.cos(angle);
                    double lng = t.city.lng() + km / (111.0 * Math.cos(Math.toRadians(t.city.lat()))) * Math.sin(angle);
                    int stars = 420 + r.nextInt(81);
                    workers.v(t.id).v(id).v(crypto.encrypt(phone)).v(crypto.blindIndex(phone)).v(phone.substring(phone.length() - 4))
                            .v(joined).v(joined).v("APPROVED").v(i % 3 == 0 ? "ONLINE" : "OFFLINE").v(name[0]).v(name[1])
                            .v(1965 + i % 35).v(1 + i % 20).v("认真细致，擅长家居保洁").v(round6(lat)).v(round6(lng)).v(30)
                            .v(crypto.encrypt(idNumber)).v(crypto.blindIndex(idNumber)).v(idNumber.substring(14))
                            .v(stars).v(stars - 5).v(stars).v(stars - 10).v(r.nextInt(300)).v(r.nextInt(1_000)).v(joined).end();
                    for (Orderable o : ORDERABLE) {
                        skills.v(t.id).v(id).v(t.items.get(o.code()).id()).end();
                    }
                    if (i % 2 == 0) {
                        skills.v(t.id).v(id).v(t.items.get("range-hood").id()).end();
                        skills.v(t.id).v(id).v(t.items.get("washing-machine").id()).end();
                    }
                    LocalDate issued = today.minusDays(30 + r.nextInt(300));
                    certs.v(t.id).v(uuid(r)).v(id).v("HEALTH").v("HC-" + phone.substring(3)).v(issued).v(today.plusYears(2))
                            .v("APPROVED").v(joined).v(joined).end();
                    certs.v(t.id).v(uuid(r)).v(id).v("DOMESTIC_SERVICE").v("DS-" + phone.substring(3)).v(issued).v(null)
                            .v("APPROVED").v(joined).v(joined).end();
                    int lastDay = i % 4 == 0 ? 7 : 6;
                    for (int day = 1; day <= lastDay; day++) {
                        windows.v(t.id).v(uuid(r)).v(id).v(day).v(8 * 60).v(12 * 60).end();
                        windows.v(t.id).v(uuid(r)).v(id).v(day).v(13 * 60).v(19 * 60).end();
                    }
                    if (i % 20 == 0) {
                        exceptions.v(t.id).v(uuid(r)).v(id).v(today.plusDays(1 + i % 14)).v("DAY_OFF").v(null).v(null).v(joined).end();
                    }
                    decisions.v(t.id).v(uuid(r)).v(id).v("APPROVED").v("bench-seed").v("Bench seed").v(joined).end();
                }
            }
            System.out.println("[seed] workers: committing (foreign keys are checked as each COPY ends)");
            workers.close(); // the others refer to workers: their foreign keys are checked when they end
            skills.close();
            certs.close();
            windows.close();
            exceptions.close();
            decisions.close();
        }
    }

    // ---- customers ----

    void customers(List<TenantSeed> all) throws SQLException {
        long total = all.stream().mapToLong(t -> t.customers).sum();
        Progress p = new Progress("customers", total);
        try (Connection cc = db.connect(); Connection ca = db.connect()) {
            Copy customers = new Copy(cc, "customer", "tenant_id, id, phone_enc, phone_hash, phone_last4, nickname, gender,"
                    + " created_at, updated_at", p);
            Copy addresses = new Copy(ca, "customer_address", "tenant_id, id, customer_id, label, contact_name, contact_phone_enc,"
                    + " contact_phone_last4, city_code, district, community, building, unit, room_enc, detail_enc, lat, lng,"
                    + " is_default, created_at, updated_at", null);
            for (TenantSeed t : all) {
                Random r = new Random(2_000L + t.index);
                for (int i = 0; i < t.customers; i++) {
                    UUID id = uuid(r);
                    UUID addressId = uuid(r);
                    String phone = String.format(Locale.ROOT, "+86137%08d", i);
                    String phoneEnc = crypto.encrypt(phone);
                    String hash = crypto.blindIndex(phone);
                    String last4 = phone.substring(phone.length() - 4);
                    Instant joined = now.minus(400 + r.nextInt(300), ChronoUnit.DAYS);
                    String district = t.city.districts().get(r.nextInt(t.city.districts().size()));
                    String community = "阳光花园" + (1 + r.nextInt(300)) + "期";
                    String building = (1 + r.nextInt(30)) + "号楼";
                    String unit = (1 + r.nextInt(4)) + "单元";
                    String room = (1 + r.nextInt(30)) + "0" + (1 + r.nextInt(4));
                    String detail = district + "幸福路" + (1 + r.nextInt(999)) + "号";
                    double angle = r.nextDouble() * 2 * Math.PI;
                    double km = 15 * Math.sqrt(r.nextDouble());
                    double lat = round6(t.city.lat() + km / 111.0 * Math.cos(angle));
                    double lng = round6(t.city.lng() + km / (111.0 * Math.cos(Math.toRadians(t.city.lat()))) * Math.sin(angle));
                    String contact = SURNAMES[r.nextInt(SURNAMES.length)] + (r.nextBoolean() ? "女士" : "先生");
                    String roomEnc = crypto.encrypt(room);
                    String detailEnc = crypto.encrypt(detail);
                    customers.v(t.id).v(id).v(phoneEnc).v(hash).v(last4).v("用户" + last4).v(r.nextBoolean() ? "FEMALE" : "MALE")
                            .v(joined).v(joined).end();
                    addresses.v(t.id).v(addressId).v(id).v("家").v(contact).v(phoneEnc).v(last4).v(t.city.code()).v(district)
                            .v(community).v(building).v(unit).v(roomEnc).v(detailEnc).v(lat).v(lng).v(true).v(joined).v(joined).end();
                    t.addresses.add(new Address(id, addressId, contact, phoneEnc, hash, last4, district, community, building, unit,
                            roomEnc, detailEnc, lat, lng));
                }
            }
            customers.close();
            addresses.close();
        }
    }

    // ---- orders ----

    private void orders(List<TenantSeed> all) throws SQLException {
        Progress p = new Progress("orders", ds.totalOrders());
        try (Connection cq = db.connect(); Connection co = db.connect(); Connection ct = db.connect(); Connection cb = db.connect()) {
            Copy quotes = new Copy(cq, "quote", "tenant_id, id, customer_id, item_id, quantity, duration_minutes, start_at, end_at,"
                    + " worker_id, address_id, city_code, lines, subtotal_fen, discount_fen, total_fen, expires_at, order_id, created_at", null);
            Copy orders = new Copy(co, "service_order", "tenant_id, id, order_no, customer_id, quote_id, item_id, quantity,"
                    + " duration_minutes, start_at, end_at, worker_id, customer_chose_worker, city_code, contact_name, contact_phone_enc,"
                    + " contact_phone_hash, contact_phone_last4, district, community, building, unit, room_enc, detail_enc, lat, lng,"
                    + " requirements, quote_lines, total_fen, deposit_fen, paid_fen, payment_state, status, payment_deadline,"
                    + " accepted_at, departed_at, arrived_at, started_at, completed_at, confirmed_at, cancelled_at, actual_minutes,"
                    + " cancel_reason, created_at, updated_at", p);
            Copy timeline = new Copy(ct, "order_timeline", "tenant_id, order_id, at, actor_kind, actor_id, action, from_status,"
                    + " to_status, details", null);
            Copy bookings = new Copy(cb, "worker_booking", "tenant_id, id, worker_id, during, order_id, active, created_at", null);
            int[] weights = new int[ORDERABLE.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (i == 0 ? 0 : weights[i - 1]) + ORDERABLE.get(i).weight();
            }
            int days = ds.historyDays() + ds.futureDays();
            for (TenantSeed t : all) {
                if (t.orders == 0) {
                    continue;
                }
                if ((t.orders + days - 1) / days > 2 * t.workers) {
                    throw new IllegalStateException("more orders per day than worker slots in " + t.slug);
                }
                Random r = new Random(3_000L + t.index);
                int firstOfDay = 0;
                int dayIndex = 0;
                for (int j = 0; j < t.orders; j++) {
                    int d = (int) ((long) j * days / t.orders);
                    if (d != dayIndex) {
                        dayIndex = d;
                        firstOfDay = j;
                    }
                    int nth = j - firstOfDay; // the order's number within its day: slot and worker, never twice
                    boolean morning = nth % 2 == 0;
                    UUID workerOfSlot = t.workerIds.get((nth / 2 + dayIndex * 37) % t.workers);
                    LocalDate date = today.minusDays(ds.historyDays()).plusDays(dayIndex);
                    Instant start = date.atTime(morning ? LocalTime.of(8, 0) : LocalTime.of(13, 0)).atZone(ZONE).toInstant();
                    int pick = r.nextInt(100);
                    Orderable what = ORDERABLE.get(0);
                    for (int i = 0; i < weights.length; i++) {
                        if (pick < weights[i]) {
                            what = ORDERABLE.get(i);
                            break;
                        }
                    }
                    Item item = t.items.get(what.code());
                    int minutes = "PER_HOUR".equals(item.unit()) ? item.minutes() * what.quantity() : item.minutes();
                    Instant end = start.plus(minutes, ChronoUnit.MINUTES);
                    long total = item.priceFen() * what.quantity();
                    Address a = t.addresses.get(r.nextInt(t.addresses.size()));
                    Instant created = start.minus(1 + r.nextInt(7), ChronoUnit.DAYS).minus(r.nextInt(600), ChronoUnit.MINUTES);
                    if (!created.isBefore(now)) {
                        created = now.minus(1 + r.nextInt(600), ChronoUnit.MINUTES);
                    }
                    int fate = r.nextInt(100);
                    boolean past = start.isBefore(now);
                    String status;
                    UUID worker;
                    if (past) {
                        status = fate < 90 ? "COMPLETED" : "CANCELLED";
                        worker = fate < 95 ? workerOfSlot : null;
                    } else {
                        status = fate < 60 ? "ACCEPTED" : "PENDING_DISPATCH";
                        worker = fate < 60 ? workerOfSlot : null;
                    }
                    boolean chose = worker != null && r.nextInt(100) < 30;
                    boolean unpaidCancel = "CANCELLED".equals(status) && r.nextBoolean();
                    UUID orderId = uuid(r);
                    UUID quoteId = uuid(r);
                    String lines = "[{\"kind\":\"BASE\",\"code\":\"" + what.code() + "\",\"quantity\":" + what.quantity() + ",\"unitFen\":"
                            + item.priceFen() + ",\"rateBp\":null,\"amountFen\":" + total + "}]";
                    quotes.v(t.id).v(quoteId).v(a.customerId()).v(item.id()).v(what.quantity()).v(minutes).v(start).v(end)
                            .v(chose ? worker : null).v(a.id()).v(t.city.code()).v(lines).v(total).v(0).v(total)
                            .v(created.plus(30, ChronoUnit.MINUTES)).v(orderId).v(created.minus(2, ChronoUnit.MINUTES)).end();
                    Instant paidDeadline = created.plus(30, ChronoUnit.MINUTES);
                    Instant accepted = worker != null && !"PENDING_DISPATCH".equals(status) ? created.plus(40, ChronoUnit.MINUTES) : null;
                    boolean done = "COMPLETED".equals(status);
                    Instant cancelled = "CANCELLED".equals(status) ? (unpaidCancel ? paidDeadline : created.plus(2, ChronoUnit.HOURS)) : null;
                    Instant updated = done ? end : cancelled != null ? cancelled : accepted != null ? accepted : created;
                    orders.v(t.id).v(orderId).v(DAY.format(LocalDate.ofInstant(created, ZONE)) + String.format(Locale.ROOT, "%08d", j))
                            .v(a.customerId()).v(quoteId).v(item.id()).v(what.quantity()).v(minutes).v(start).v(end).v(worker).v(chose)
                            .v(t.city.code()).v(a.contactName()).v(a.phoneEnc()).v(a.phoneHash()).v(a.last4()).v(a.district())
                            .v(a.community()).v(a.building()).v(a.unit()).v(a.roomEnc()).v(a.detailEnc()).v(a.lat()).v(a.lng())
                            .v("{\"focusAreas\":[\"kitchen\"],\"workerBringsSupplies\":" + r.nextBoolean()
                                    + ",\"productPreferences\":null,\"pets\":null,\"notes\":null}")
                            .v(lines).v(total).v(0).v(unpaidCancel ? 0 : total).v(unpaidCancel ? "UNPAID" : "PAID").v(status)
                            .v(paidDeadline).v(accepted)
                            .v(done ? start.minus(40, ChronoUnit.MINUTES) : null).v(done ? start.minus(5, ChronoUnit.MINUTES) : null)
                            .v(done ? start : null).v(done ? end : null).v(done && r.nextBoolean() ? end.plus(3, ChronoUnit.HOURS) : null)
                            .v(cancelled).v(done ? minutes : null).v(cancelled == null ? null : unpaidCancel ? "unpaid" : "customer changed plans")
                            .v(created).v(updated).end();
                    timeline.v(t.id).v(orderId).v(created).v("CUSTOMER").v(a.customerId().toString()).v("CREATE").v(null)
                            .v("PENDING_PAYMENT").v("{\"quoteId\":\"" + quoteId + "\",\"totalFen\":" + total + "}").end();
                    if (worker != null) {
                        bookings.v(t.id).v(uuid(r)).v(worker).v("[" + start + "," + end + ")").v(orderId)
                                .v(!"CANCELLED".equals(status)).v(created).end();
                    }
                }
            }
            long t0 = System.nanoTime();
            System.out.println("[seed] orders: committing quotes, orders, timeline, bookings (foreign keys are checked as each COPY ends)");
            quotes.close();
            orders.close();
            timeline.close();
            bookings.close();
            System.out.printf(Locale.ROOT, "[seed] orders: committed in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    // ---- helpers ----

    /** A version-4 UUID from the seeded generator: the same data set every time. */
    static UUID uuid(Random r) {
        return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
