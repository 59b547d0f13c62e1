-- Headless Neovim (>= 0.7) check that the Corpus Lens language server works with a client
-- other than VS Code. Run through test/nvim/run.mjs (npm run test:nvim), which sets:
--   CORPUS_LENS_NODE       node executable
--   CORPUS_LENS_SERVER     dist/server.js
--   CORPUS_LENS_WORKSPACE  a throw-away copy of test/e2e/fixtures/workspace
-- Prints one PASS/FAIL line per assertion and a closing "N passed, N failed" line; exits 1 on failure.

local node = os.getenv('CORPUS_LENS_NODE') or 'node'
local server = assert(os.getenv('CORPUS_LENS_SERVER'), 'CORPUS_LENS_SERVER not set')
local workspace = assert(os.getenv('CORPUS_LENS_WORKSPACE'), 'CORPUS_LENS_WORKSPACE not set')
local corpus = workspace .. '/corpus'
local NO_HEADER = corpus .. '/002_9f0d4b6a2c8e1735.txt'
local PUTIN = corpus .. '/001_5c1e0a9b7d3f2e41.txt'
local TIMEOUT = tonumber(os.getenv('CORPUS_LENS_NVIM_TIMEOUT_MS') or '15000')

local passed, failed = 0, 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    out('PASS ' .. name .. (detail and ('  (' .. detail .. ')') or ''))
  else
    failed = failed + 1
    out('FAIL ' .. name .. (detail and ('  (' .. detail .. ')') or ''))
  end
end
local function finish()
  out(string.format('%d passed, %d failed', passed, failed))
  io.stdout:flush()
  if failed > 0 then vim.cmd('cquit 1') else vim.cmd('qall!') end
end

local ok_run, err = pcall(function()
  local diagnostics = {} -- uri -> params.diagnostics
  local server_log = {}
  local client_id = vim.lsp.start_client({
    name = 'corpus-lens',
    cmd = { node, '--max-semi-space-size=4', server, '--stdio' }, -- as the extension starts it (SERVER_EXEC_ARGV)
    root_dir = workspace,
    workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'workspace' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        if result and result.uri then diagnostics[result.uri] = result.diagnostics end
      end,
      ['window/logMessage'] = function(_, result)
        if result then table.insert(server_log, result.message) end
      end,
      ['window/showMessage'] = function(_, result)
        if result then table.insert(server_log, result.message) end
      end,
    },
    on_exit = function(code, signal)
      if code ~= 0 then out('server exited with code ' .. tostring(code) .. ' signal ' .. tostring(signal)) end
    end,
  })
  check('server starts', client_id ~= nil)
  if not client_id then return end
  local client
  local inited = vim.wait(TIMEOUT, function()
    client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized == true
  end, 20)
  check('initialize handshake', inited)
  if not inited then return end

  local function open(path)
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
    local buf = vim.api.nvim_get_current_buf()
    vim.api.nvim_buf_set_option(buf, 'filetype', 'corpus-article')
    vim.lsp.buf_attach_client(buf, client_id)
    return buf
  end

  -- 1. diagnostics on an article without header
  local buf = open(NO_HEADER)
  local uri = vim.uri_from_bufnr(buf)
  local found
  vim.wait(TIMEOUT, function()
    for _, d in ipairs(diagnostics[uri] or {}) do
      if d.code == 'header/missing' then found = d return true end
    end
    return false
  end, 20)
  local codes = {}
  for _, d in ipairs(diagnostics[uri] or {}) do table.insert(codes, tostring(d.code)) end
  check('diagnostics published with code header/missing', found ~= nil, 'codes: ' .. table.concat(codes, ', '))
  if found then
    local r = found.range
    check('header/missing range is the first word', r.start.line == 0 and r.start.character == 0 and r['end'].line == 0 and r['end'].character == 3,
      string.format('%d:%d-%d:%d', r.start.line, r.start.character, r['end'].line, r['end'].character))
    check('header/missing source is corpus-lens', found.source == 'corpus-lens', tostring(found.source))
  end

  -- 2. hover / definition / references on "Vladimir Putin"
  buf = open(PUTIN)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local row, col
  for i, l in ipairs(lines) do
    if i > 1 then -- a body mention, not the title
      local s = l:find('Vladimir Putin', 1, true)
      if s then row, col = i - 1, s - 1 break end
    end
  end
  assert(row, 'fixture has "Vladimir Putin" in the body')
  local character = vim.str_utfindex(lines[row + 1], col + #'Vladimir ') -- inside "Putin" (UTF-16)
  local pos = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = row, character = character } }
  local function request(method, params)
    local resp, e = client.request_sync(method, params, TIMEOUT, buf)
    if not resp then return nil, tostring(e) end
    if resp.err then return nil, string.format("error %s: %s", tostring(resp.err.code), tostring(resp.err.message)) end
    return resp.result, nil
  end

  local hover, herr = request('textDocument/hover', pos)
  local htext = ''
  if hover and hover.contents then
    local c = hover.contents
    if type(c) == 'string' then htext = c
    elseif c.value then htext = c.value
    else for _, p in ipairs(c) do htext = htext .. (type(p) == 'string' and p or (p.value or '')) .. '\n' end end
  end
  check('hover on Vladimir Putin contains "Putin"', htext:find('Putin', 1, true) ~= nil,
    herr or (hover == nil and 'no hover (null result)' or htext:gsub('%s+', ' '):sub(1, 100)))

  local def, derr = request('textDocument/definition', pos)
  local locs = {}
  if def then
    if def.uri or def.targetUri then def = { def } end
    for _, l in ipairs(def) do table.insert(locs, l.uri or l.targetUri) end
  end
  local yaml = locs[1] and (locs[1]:match('%.ya?ml$') ~= nil) or false
  check('definition on Vladimir Putin returns a location in a YAML file', #locs > 0 and yaml,
    derr or (#locs == 0 and 'no location' or locs[1]))

  local refs_params = vim.deepcopy(pos)
  refs_params.context = { includeDeclaration = false }
  local refs, rerr = request('textDocument/references', refs_params)
  local files = {}
  for _, l in ipairs(refs or {}) do files[l.uri:match('[^/]+$')] = true end
  local names = vim.tbl_keys(files)
  table.sort(names)
  check('references on Vladimir Putin return >= 2 locations', refs ~= nil and #refs >= 2,
    rerr or string.format('%d locations in %s', refs and #refs or 0, table.concat(names, ', ')))

  client.stop()
end)
if not ok_run then
  failed = failed + 1
  out('FAIL check.lua raised an error: ' .. tostring(err))
end
finish()
