-- wrk script for bench/run.sh: what each request asks for, by LOAD_MODE.
--   flood-one   searches never asked before, all from one address (203.0.113.7)
--   flood-many  20 common phrases, each request from another address
--   new-search  searches never asked before, each from another address
--   uncached    the article with a new query string each time (a page-cache miss)
--   soak        every page type in turn, searches from many addresses
-- Addresses go in X-Forwarded-For, as nginx passes them (TRUSTED_PROXY_COUNT=1);
-- bench/run.sh's nginx takes them from there too (set_real_ip_from loopback).
local mode = os.getenv("LOAD_MODE") or "soak"
local article = os.getenv("LOAD_ARTICLE") or "/"
local words = {
  "ketamine", "depression", "pain", "anaesthesia", "side", "effects", "driving",
  "pregnancy", "legal", "addictive", "safe", "treatment", "emergency", "injection",
  "nasal", "spray", "esketamine", "dependence", "bladder", "therapy", "hospital",
  "vein", "breastfeeding", "antidepressants", "risk", "work", "quickly", "plan",
}
local phrases = {
  "ketamine", "side effects", "is ketamine safe", "depression", "pain",
  "how is ketamine given", "driving", "pregnancy", "is ketamine legal",
  "addictive", "esketamine", "nasal spray", "emergency", "anaesthesia",
  "how quickly does ketamine work", "bladder", "treatment", "risk",
  "breastfeeding", "antidepressants",
}
local pages = {"/", article, "/faqs/", "/about/", "/contact/", "/myths/", "/articles/"}
local counter = 0

local function enc(text) return (text:gsub(" ", "+")) end
local function word() return words[math.random(#words)] end
local function address()
  return string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
end

function setup(thread) thread:set("seed", math.random(1, 1000000)) end
function init() math.randomseed(os.time() + (seed or 0) + math.floor(os.clock() * 1e6)) end

function request()
  counter = counter + 1
  local headers = {["Host"] = "localhost", ["X-Forwarded-Proto"] = "https"}
  local path
  if mode == "flood-one" then
    headers["X-Forwarded-For"] = "203.0.113.7"
    path = "/search/?q=" .. enc(word() .. " " .. word() .. " " .. word())
  elseif mode == "flood-many" then
    headers["X-Forwarded-For"] = address()
    path = "/search/?q=" .. enc(phrases[math.random(#phrases)])
  elseif mode == "new-search" then
    headers["X-Forwarded-For"] = address()
    path = "/search/?q=" .. enc(word() .. " " .. word() .. " " .. word())
  elseif mode == "uncached" then
    path = article .. "?bench=" .. counter .. "-" .. math.random(1, 1000000000)
  else
    headers["X-Forwarded-For"] = address()
    if counter % 4 == 0 then
      path = "/search/?q=" .. enc(phrases[math.random(#phrases)])
    else
      path = pages[math.random(#pages)]
    end
  end
  return wrk.format("GET", path, headers)
end

-- Count answers by status; done() prints "status CODE N" lines.
local threads = {}
statuses = {}
local setup_seed = setup
function setup(thread)
  setup_seed(thread)
  table.insert(threads, thread)
end
function response(status)
  statuses[status] = (statuses[status] or 0) + 1
end
function done()
  local total = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do total[code] = (total[code] or 0) + n end
  end
  local codes = {}
  for code in pairs(total) do table.insert(codes, code) end
  table.sort(codes)
  for _, code in ipairs(codes) do io.write(string.format("status %d %d\n", code, total[code])) end
end
