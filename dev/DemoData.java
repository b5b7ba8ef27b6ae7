// Demo catalog and workers for the two demo tenants, loaded through the platform's own APIs as
// their owners and workers would. Idempotent: run it again and it adds nothing twice.
// Run by dev/run.sh (java dev/DemoData.java) once the platform and Keycloak are up; JDK only.
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DemoData {

    static final String API = System.getenv().getOrDefault("HEARTH_API", "http://127.0.0.1:8080");
    static final String TOKEN_URL = System.getenv().getOrDefault("HEARTH_TOKEN_URL",
            "http://127.0.0.1:8180/realms/hearth/protocol/openid-connect/token");
    static final String DEMO_CODE = "246810";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    record Tenant(String slug, String owner, double lat, double lng, String phoneBlock, String cityCode, String district) {
    }

    record Category(String code, String parent, int sort, String zh, String en) {
    }

    record Item(String code, String category, String unit, long priceFen, int minutes, Integer min, Integer max,
            String tags, String zh, String en, String zhSummary, String enSummary) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("daily-cleaning", null, 0, "日常保洁", "Daily cleaning"),
            new Category("hourly", "daily-cleaning", 0, "钟点保洁", "Hourly cleaning"),
            new Category("kitchen-bathroom", "daily-cleaning", 1, "厨卫清洁", "Kitchen and bathroom"),
            new Category("deep-cleaning", null, 1, "深度保洁", "Deep cleaning"),
            new Category("appliance-cleaning", null, 2, "家电清洗", "Appliance cleaning"),
            new Category("window-cleaning", null, 3, "擦窗清洗", "Window cleaning"),
            new Category("childcare", null, 4, "母婴育儿", "Nanny and childcare"),
            new Category("elderly-care", null, 5, "居家养老", "Elderly care"));

    static final List<Item> ITEMS = List.of(
            new Item("hourly-clean", "hourly", "PER_HOUR", 5_000, 120, 2, 8, "保洁,cleaning,钟点工",
                    "日常保洁（按小时）", "Hourly home cleaning", "客厅、卧室、厨房、卫生间日常清洁", "Living room, bedrooms, kitchen and bathroom"),
            new Item("kitchen-deep", "kitchen-bathroom", "PER_VISIT", 29_900, 180, 1, 1, "厨房,kitchen,去油污",
                    "厨房深度清洁", "Kitchen deep clean", "灶台、橱柜、油污深度清洁", "Hob, cupboards and grease, deep cleaned"),
            new Item("bathroom-deep", "kitchen-bathroom", "PER_VISIT", 19_900, 120, 1, 1, "卫生间,bathroom,除垢",
                    "卫生间深度清洁", "Bathroom deep clean", "瓷砖、洁具除垢消毒", "Tiles and fixtures descaled and disinfected"),
            new Item("whole-home-deep", "deep-cleaning", "PER_SQUARE_METRE", 800, 240, 30, 300, "开荒,deep,新房",
                    "全屋深度保洁", "Whole-home deep clean", "新房开荒、搬家前后全屋清洁", "Move-in, move-out and after-renovation cleaning"),
            new Item("ac-clean", "appliance-cleaning", "PER_PIECE", 12_000, 60, 1, 10, "空调,air conditioner",
                    "空调清洗", "Air-conditioner cleaning", "拆洗滤网、高温蒸汽杀菌", "Filters washed, steam disinfection"),
            new Item("range-hood", "appliance-cleaning", "PER_PIECE", 15_000, 90, 1, 3, "油烟机,range hood",
                    "油烟机清洗", "Range hood cleaning", "拆洗叶轮、油网", "Fan and grease filters taken apart and cleaned"),
            new Item("washing-machine", "appliance-cleaning", "PER_PIECE", 13_000, 90, 1, 3, "洗衣机,washing machine",
                    "洗衣机清洗", "Washing machine cleaning", "内筒拆洗除菌", "Drum taken out, cleaned and disinfected"),
            new Item("window-clean", "window-cleaning", "PER_SQUARE_METRE", 600, 120, 10, 200, "擦玻璃,windows",
                    "擦玻璃", "Window cleaning", "内外玻璃及窗框清洁", "Glass inside and out, frames and tracks"),
            new Item("nanny-day", "childcare", "PER_HOUR", 6_000, 480, 4, 12, "育儿嫂,nanny,带娃",
                    "育儿嫂（白班）", "Day nanny", "婴幼儿照护、辅食、早教陪伴", "Baby care, meals and play"),
            new Item("maternity-nurse", "childcare", "PER_VISIT", 1_280_000, 1_440, 1, 1, "月嫂,maternity",
                    "月嫂（26天）", "Maternity nurse (26 days)", "产妇与新生儿护理，住家 26 天", "Mother and newborn care, live-in for 26 days"),
            new Item("elderly-companion", "elderly-care", "PER_HOUR", 5_500, 240, 2, 12, "陪护,养老,elderly",
                    "老人陪护", "Elderly companion care", "生活照料、陪伴就医", "Daily help and company to appointments"));

    static final String[][] WORKERS = {
            { "王秀英", "FEMALE" }, { "李桂兰", "FEMALE" }, { "张玉梅", "FEMALE" }, { "刘淑珍", "FEMALE" },
            { "陈丽华", "FEMALE" }, { "杨建国", "MALE" }, { "赵秀兰", "FEMALE" }, { "黄志强", "MALE" },
            { "周桂英", "FEMALE" }, { "吴美华", "FEMALE" }, { "徐海燕", "FEMALE" }, { "孙明", "MALE" },
            { "马春梅", "FEMALE" }, { "朱丽", "FEMALE" }, { "胡建军", "MALE" }, { "郭红梅", "FEMALE" },
            { "何秀珍", "FEMALE" }, { "高伟", "MALE" }, { "林桂芳", "FEMALE" }, { "罗晓燕", "FEMALE" } };

    public static void main(String[] args) throws Exception {
        List<Tenant> tenants = List.of(
                new Tenant("sparkle", "sparkle-owner", 31.2304, 121.4737, "139000010", "310100", "黄浦区"),
                new Tenant("hz-city", "hz-owner", 30.2741, 120.1551, "139000020", "330100", "西湖区"));
        for (Tenant t : tenants) {
            String owner = staffToken(t.owner(), "Hearth-Demo-1");
            Map<String, String> items = catalog(t, owner);
            int approved = workers(t, owner, items);
            int orders = orders(t, owner, items);
            System.out.printf("[demo] %s: %d catalog items, %d approved workers, %d orders%n", t.slug(), items.size(),
                    approved, orders);
        }
    }

    // ---- catalog ----

    static Map<String, String> catalog(Tenant t, String owner) throws Exception {
        Map<String, String> categoryIds = new LinkedHashMap<>();
        for (String[] c : ids(get("/api/tenant/catalog/categories", owner), "code")) {
            categoryIds.put(c[1], c[0]);
        }
        for (Category c : CATEGORIES) {
            if (categoryIds.containsKey(c.code())) {
                continue;
            }
            String body = "{\"code\":" + q(c.code()) + ",\"sortOrder\":" + c.sort()
                    + (c.parent() == null ? "" : ",\"parentId\":" + q(categoryIds.get(c.parent())))
                    + ",\"texts\":{\"zh-CN\":{\"name\":" + q(c.zh()) + "},\"en\":{\"name\":" + q(c.en()) + "}}}";
            categoryIds.put(c.code(), id(send("POST", "/api/tenant/catalog/categories", owner, body, 201)));
        }
        Map<String, String> itemIds = new LinkedHashMap<>();
        String existing = get("/api/tenant/catalog/items?size=100", owner);
        for (Item i : ITEMS) {
            Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^{}]*?\"tags\":\\[[^\\]]*\"" + Pattern.quote(i.code()) + "\"")
                    .matcher(existing);
            if (m.find()) {
                itemIds.put(i.code(), m.group(1));
                continue;
            }
            StringBuilder tags = new StringBuilder("[" + q(i.code()));
            for (String tag : i.tags().split(",")) {
                tags.append(',').append(q(tag));
            }
            tags.append(']');
            String body = "{\"categoryId\":" + q(categoryIds.get(i.category())) + ",\"unit\":" + q(i.unit())
                    + ",\"basePriceFen\":" + i.priceFen() + ",\"defaultDurationMinutes\":" + i.minutes()
                    + ",\"minQuantity\":" + i.min() + ",\"maxQuantity\":" + i.max() + ",\"tags\":" + tags
                    + ",\"texts\":{\"zh-CN\":{\"name\":" + q(i.zh()) + ",\"summary\":" + q(i.zhSummary())
                    + "},\"en\":{\"name\":" + q(i.en()) + ",\"summary\":" + q(i.enSummary()) + "}}}";
            itemIds.put(i.code(), id(send("POST", "/api/tenant/catalog/items", owner, body, 201)));
        }
        if (!get("/api/tenant/catalog/packages", owner).contains("\"basic-2h\"")) {
            send("POST", "/api/tenant/catalog/packages", owner, "{\"code\":\"basic-2h\",\"durationMinutes\":120,\"priceFen\":9900,"
                    + "\"items\":[{\"itemId\":" + q(itemIds.get("hourly-clean")) + ",\"quantity\":2}],"
                    + "\"texts\":{\"zh-CN\":{\"name\":\"2小时基础保洁\"},\"en\":{\"name\":\"2-hour basic clean\"}}}", 201);
            send("POST", "/api/tenant/catalog/packages", owner, "{\"code\":\"deep-3-4h\",\"durationMinutes\":240,\"priceFen\":39900,"
                    + "\"items\":[{\"itemId\":" + q(itemIds.get("kitchen-deep")) + ",\"quantity\":1},{\"itemId\":"
                    + q(itemIds.get("bathroom-deep")) + ",\"quantity\":1}],"
                    + "\"texts\":{\"zh-CN\":{\"name\":\"3-4小时深度保洁\"},\"en\":{\"name\":\"3–4 hour deep clean\"}}}", 201);
        }
        return itemIds;
    }

    // ---- workers ----

    static int workers(Tenant t, String owner, Map<String, String> items) throws Exception {
        List<String> cleaning = List.of(items.get("hourly-clean"), items.get("kitchen-deep"), items.get("bathroom-deep"),
                items.get("whole-home-deep"));
        List<String> appliances = List.of(items.get("ac-clean"), items.get("range-hood"), items.get("washing-machine"),
                items.get("window-clean"));
        List<String> care = List.of(items.get("nanny-day"), items.get("maternity-nurse"), items.get("elderly-companion"),
                items.get("hourly-clean"));
        int approved = 0;
        for (int n = 0; n < WORKERS.length; n++) {
            String phone = t.phoneBlock() + String.format("%02d", n + 1);
            String login = send("POST", "/api/worker/auth/sms-login", null,
                    "{\"phone\":" + q(phone) + ",\"code\":\"" + DEMO_CODE + "\"}", 200, "X-Hearth-Tenant", t.slug());
            String token = field(login, "accessToken");
            String workerId = field(login, "subjectId");
            String me = get("/api/worker/me", token);
            boolean male = WORKERS[n][1].equals("MALE");
            if (me.contains("\"REGISTERING\"")) {
                List<String> skills = male ? appliances : n % 3 == 0 ? care : cleaning;
                double angle = n * 2.399963; // golden angle: spread around the centre
                double km = 1.5 + (n % 7) * 1.2;
                double lat = t.lat() + km / 111.0 * Math.cos(angle);
                double lng = t.lng() + km / (111.0 * Math.cos(Math.toRadians(t.lat()))) * Math.sin(angle);
                String idNumber = (t.slug().equals("sparkle") ? "310101" : "330106") + (1970 + n) + "0101" + String.format("%03d", n) + "X";
                String skillJson = String.join(",", skills.stream().map(DemoData::q).toList());
                send("PUT", "/api/worker/me", token, "{\"displayName\":" + q(WORKERS[n][0]) + ",\"gender\":" + q(WORKERS[n][1])
                        + ",\"birthYear\":" + (1970 + n) + ",\"experienceYears\":" + (3 + n % 12)
                        + ",\"introduction\":" + q(male ? "家电清洗、擦窗经验丰富" : "认真细致，擅长家居保洁与照护")
                        + ",\"homeLat\":" + String.format("%.6f", lat) + ",\"homeLng\":" + String.format("%.6f", lng)
                        + ",\"serviceRadiusKm\":" + (8 + n % 5) + ",\"idNumber\":" + q(idNumber)
                        + ",\"skillIds\":[" + skillJson + "]}", 200);
                send("POST", "/api/worker/me/certificates", token, "{\"type\":\"HEALTH\",\"number\":" + q("HC-" + phone)
                        + ",\"issuedOn\":\"2026-01-05\",\"expiresOn\":\"2027-01-04\"}", 201);
                send("POST", "/api/worker/me/certificates", token, "{\"type\":\"DOMESTIC_SERVICE\",\"number\":" + q("DS-" + phone)
                        + ",\"issuedOn\":\"2024-03-01\"}", 201);
                StringBuilder week = new StringBuilder("{\"windows\":[");
                for (int day = 1; day <= 6; day++) {
                    week.append(day > 1 ? "," : "").append("{\"weekday\":").append(day).append(",\"start\":\"08:00\",\"end\":\"12:00\"},")
                            .append("{\"weekday\":").append(day).append(",\"start\":\"13:00\",\"end\":\"19:00\"}");
                }
                send("PUT", "/api/worker/me/availability", token, week.append("]}").toString(), 200);
                me = get("/api/worker/me", token);
            }
            // two workers stay in the audit queue, so the staff have something to approve
            if (me.contains("\"PENDING\"") && n < WORKERS.length - 2) {
                send("POST", "/api/tenant/workers/" + workerId + "/approve", owner, "{}", 200);
                me = get("/api/worker/me", token);
            }
            if (me.contains("\"APPROVED\"")) {
                approved++;
                if (n % 2 == 0 && me.contains("\"OFFLINE\"")) {
                    send("PUT", "/api/worker/me/status", token, "{\"status\":\"ONLINE\"}", 200);
                }
                if (n % 2 == 0) {
                    // the worker app reports where the worker is (near home): dispatch offers them nearby orders
                    double angle = n * 2.399963;
                    double km = 0.8 + (n % 5) * 0.6;
                    double lat = t.lat() + km / 111.0 * Math.cos(angle);
                    double lng = t.lng() + km / (111.0 * Math.cos(Math.toRadians(t.lat()))) * Math.sin(angle);
                    sendEither("POST", "/api/worker/me/position", token, "{\"lat\":" + String.format("%.6f", lat) + ",\"lng\":"
                            + String.format("%.6f", lng) + ",\"accuracyM\":15}", 200, 429);
                }
            }
        }
        return approved;
    }

    // ---- orders: one in every state, a cancelled one and a recurring series ----

    /**
     * Demo customer 13800000001 books the hourly clean several times and each order is taken to a different state
     * through the customer, worker and sandbox-payment APIs; 13800000002 books a weekly series. Skipped when the
     * customer already has orders (the data set exists).
     */
    static int orders(Tenant t, String owner, Map<String, String> items) throws Exception {
        String[] customer = appLogin("/api/app/auth/sms-login", "13800000001", t);
        String token = customer[0];
        if (!get("/api/app/orders?limit=1", token).contains("\"items\":[]")) {
            return count(get("/api/app/orders?limit=50", token), "\"orderNo\"");
        }
        String address = address(t, token, "王女士");
        String item = items.get("hourly-clean");
        // chosen workers: approved women doing cleaning (see workers()), one per order taken beyond dispatch
        int[] cleaners = { 0, 1, 2, 3, 4, 6, 8 };
        String[] states = { "ACCEPTED", "DEPARTED", "ARRIVED", "IN_SERVICE", "PAUSED", "COMPLETED", "CANCELLED" };
        int made = 0;

        book(t, token, address, item, null, 2, "PENDING_PAYMENT");
        made++;
        String anyWorker = book(t, token, address, item, null, 3, "paid");
        made++;
        for (int i = 0; i < states.length; i++) {
            String[] worker = appLogin("/api/worker/auth/sms-login", t.phoneBlock() + String.format("%02d", cleaners[i] + 1), t);
            String order = book(t, token, address, item, worker[1], 1 + i % 5, "paid");
            made++;
            String w = worker[0];
            if (states[i].equals("CANCELLED")) {
                send("POST", "/api/app/orders/" + order + "/cancel", token, "{\"reason\":\"计划有变 / plans changed\"}", 200);
                continue;
            }
            send("POST", "/api/worker/orders/" + order + "/accept", w, "{}", 200);
            List<String> steps = switch (states[i]) {
                case "DEPARTED" -> List.of("depart");
                case "ARRIVED" -> List.of("depart", "arrive");
                case "IN_SERVICE" -> List.of("depart", "arrive", "start");
                case "PAUSED" -> List.of("depart", "arrive", "start", "pause");
                case "COMPLETED" -> List.of("depart", "arrive", "start", "complete");
                default -> List.of();
            };
            for (String step : steps) {
                String body = step.equals("complete") ? "{\"actualMinutes\":125,\"notes\":\"厨房、卫生间已清洁 / kitchen and bathroom done\"}"
                        : step.equals("pause") ? "{\"reason\":\"等待客户取钥匙 / waiting for the key\"}" : "{}";
                send("POST", "/api/worker/orders/" + order + "/" + step, w, body, 200);
            }
            if (states[i].equals("COMPLETED")) {
                send("POST", "/api/app/orders/" + order + "/confirm", token, "{}", 200);
                // a complaint: the customer-service team and the dispatch board see it
                send("POST", "/api/app/orders/" + order + "/complaints", token, "{\"category\":\"QUALITY\","
                        + "\"text\":\"阳台没有打扫 / the balcony was not cleaned\"}", 201);
            }
            if (states[i].equals("ACCEPTED")) {
                // customer and worker talk about the visit (the phone number is masked on the way)
                sendEither("POST", "/api/app/orders/" + order + "/conversation/messages", token, "{\"type\":\"TEXT\","
                        + "\"text\":\"您好，小区门禁请按 1801，或打 13800000001 / Hello, ring 1801 at the gate\","
                        + "\"clientMessageId\":\"demo-1\"}", 201, 200);
                sendEither("POST", "/api/worker/orders/" + order + "/conversation/messages", w, "{\"type\":\"TEXT\","
                        + "\"text\":\"好的，我会准时到 / Fine, I will be on time\",\"clientMessageId\":\"demo-2\"}", 201, 200);
            }
        }
        System.out.printf("[demo] %s: order %s waits for dispatch (any worker)%n", t.slug(), anyWorker);
        sendEither("POST", "/api/app/support/messages", token, "{\"type\":\"TEXT\",\"text\":\"可以开发票吗？ / Can I get an invoice?\","
                + "\"clientMessageId\":\"demo-support-1\"}", 201, 200);

        // a weekly series of four with a chosen worker, first occurrence unpaid
        String[] second = appLogin("/api/app/auth/sms-login", "13800000002", t);
        String secondAddress = address(t, second[0], "陈先生");
        String[] worker = appLogin("/api/worker/auth/sms-login", t.phoneBlock() + String.format("%02d", 10), t);
        String start = firstFree(t, item, worker[1], 6);
        send("POST", "/api/app/order-series", second[0], "{\"itemId\":" + q(item) + ",\"quantity\":2,\"start\":" + q(start)
                + ",\"addressId\":" + q(secondAddress) + ",\"workerId\":" + q(worker[1])
                + ",\"frequency\":\"WEEKLY\",\"count\":4,\"requirements\":{\"focusAreas\":[\"客厅\",\"厨房\"],"
                + "\"workerBringsSupplies\":true,\"pets\":\"一只猫 / one cat\"}}", 201);
        return made + 4;
    }

    /** Books {@code item} (2 hours) at the first free start from {@code daysAhead} days on; pays it when asked. */
    static String book(Tenant t, String token, String address, String item, String worker, int daysAhead, String then)
            throws Exception {
        String start = firstFree(t, item, worker, daysAhead);
        String quote = id(send("POST", "/api/app/quotes", token, "{\"itemId\":" + q(item) + ",\"quantity\":2,\"start\":"
                + q(start) + ",\"addressId\":" + q(address) + (worker == null ? "" : ",\"workerId\":" + q(worker)) + "}", 201));
        String order = id(send("POST", "/api/app/orders", token, "{\"quoteId\":" + q(quote) + ",\"requirements\":{"
                + "\"focusAreas\":[\"厨房\",\"卫生间\"],\"workerBringsSupplies\":true,\"productPreferences\":\"无香型 / unscented\","
                + "\"notes\":\"请先敲门 / please knock\"}}", 201));
        if (then.equals("paid")) {
            String started = send("POST", "/api/app/orders/" + order + "/payments", token, "{\"provider\":\"SANDBOX\"}", 200);
            send("POST", "/api/app/payments/" + id(started) + "/sandbox/pay", token,
                    "{\"token\":" + q(field(started, "sandboxToken")) + "}", 202);
            for (int i = 0; i < 100 && get("/api/app/orders/" + order, token).contains("\"status\":\"PENDING_PAYMENT\""); i++) {
                Thread.sleep(100);
            }
            if (get("/api/app/orders/" + order, token).contains("\"status\":\"PENDING_PAYMENT\"")) {
                throw new IllegalStateException("the sandbox payment of order " + order + " did not arrive");
            }
        }
        return order;
    }

    /** The first start of a 2-hour clean from {@code daysAhead} days on (the chosen worker's, or anyone's). */
    static String firstFree(Tenant t, String item, String worker, int daysAhead) throws Exception {
        java.time.LocalDate from = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(daysAhead);
        String slots = send("GET", "/api/app/slots?itemId=" + item + "&quantity=2&lat=" + t.lat() + "&lng=" + t.lng()
                + "&from=" + from + "&to=" + from.plusDays(6) + (worker == null ? "" : "&workerId=" + worker), null, null, 200,
                "X-Hearth-Tenant", t.slug());
        Matcher m = Pattern.compile("\"start\":\"([^\"]+)\"").matcher(slots);
        // skip the earliest starts so that demo orders of different workers do not all begin at 08:00
        List<String> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.group(1));
        }
        if (starts.isEmpty()) {
            throw new IllegalStateException("no free start for " + (worker == null ? "any worker" : "worker " + worker) + " in " + t.slug());
        }
        return starts.get(Math.min(starts.size() - 1, 4));
    }

    static String address(Tenant t, String token, String contact) throws Exception {
        return id(send("POST", "/api/app/me/addresses", token, "{\"label\":\"家 / home\",\"contactName\":" + q(contact)
                + ",\"contactPhone\":\"13800000001\",\"cityCode\":" + q(t.cityCode()) + ",\"district\":" + q(t.district())
                + ",\"community\":\"阳光花园 / Sunny Garden\",\"building\":\"3\",\"unit\":\"2\",\"room\":\"1801\","
                + "\"detail\":\"人民路 88 号 / 88 Renmin Road\",\"accessInstructions\":\"门禁 4711#\",\"lat\":" + t.lat()
                + ",\"lng\":" + t.lng() + ",\"isDefault\":true}", 201));
    }

    /** [access token, subject id] of a customer or worker signed in with the demo code. */
    static String[] appLogin(String path, String phone, Tenant t) throws Exception {
        String login = send("POST", path, null, "{\"phone\":" + q(phone) + ",\"code\":\"" + DEMO_CODE + "\"}", 200,
                "X-Hearth-Tenant", t.slug());
        return new String[] { field(login, "accessToken"), field(login, "subjectId") };
    }

    static int count(String json, String needle) {
        int n = 0;
        for (int i = json.indexOf(needle); i >= 0; i = json.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    // ---- HTTP and JSON, just enough ----

    static String staffToken(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=hearth-cli&scope=openid%20organization&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + user + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return field(r.body(), "access_token");
    }

    static String get(String path, String token) throws Exception {
        return send("GET", path, token, null, 200);
    }

    static String send(String method, String path, String token, String body, int expected, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path)).header("Accept-Language", "en");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": expected " + expected + ", got " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** Like send, for calls where either answer is fine (a repeat, a rate limit). */
    static String sendEither(String method, String path, String token, String body, int one, int other) throws Exception {
        try {
            return send(method, path, token, body, one);
        } catch (IllegalStateException e) {
            if (e.getMessage().contains("expected " + one + ", got " + other + " ")) {
                return "";
            }
            throw e;
        }
    }

    static String q(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static String id(String json) {
        return field(json, "id");
    }

    /** [id, value-of-field] of each object in a JSON array that has both. */
    static List<String[]> ids(String json, String other) {
        List<String[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^{}]*?\"" + Pattern.quote(other) + "\":\"([^\"]*)\"").matcher(json);
        while (m.find()) {
            out.add(new String[] { m.group(1), m.group(2) });
        }
        return out;
    }
}
