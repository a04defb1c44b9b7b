<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Tanggal akhir lebih awal daripada tanggal mulai.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Upaya masuk</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Centre and settings</source>
        <translation>Lembaga dan pengaturan</translation>
    </message>
    <message>
        <source>Select an entry to see it in full.</source>
        <translation>Pilih satu catatan untuk melihat isinya secara lengkap.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>No values were recorded.</source>
        <translation>Tidak ada nilai yang tercatat.</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Tidak berubah:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 catatan</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Pe&amp;ngguna:</translation>
    </message>
    <message>
        <source>Show only what this user did</source>
        <translation>Tampilkan hanya tindakan pengguna ini</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <source>Show only this action, or this group of actions</source>
        <translation>Tampilkan hanya tindakan ini, atau kelompok tindakan ini</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Finds a user name, an action or an object</source>
        <translation>Mencari nama pengguna, tindakan, atau objek</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>First day to show, typed as dd/mm/yyyy</source>
        <translation>Hari pertama yang ditampilkan, ditulis hh/bb/tttt</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Last day to show, typed as dd/mm/yyyy</source>
        <translation>Hari terakhir yang ditampilkan, ditulis hh/bb/tttt</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Hapus filter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>From date error</source>
        <translation>Kesalahan pada tanggal mulai</translation>
    </message>
    <message>
        <source>To date error</source>
        <translation>Kesalahan pada tanggal akhir</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Catatan audit</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Rincian catatan</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Jumlah catatan</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>CentreForm</name>
    <message>
        <source>{seq} running number ({seq:4} = 0001), {year}, {month}, {roman_month}, {centre} code, {programme} code.</source>
        <translation>{seq} nomor urut ({seq:4} = 0001), {year} tahun, {month} bulan, {roman_month} bulan dalam angka Romawi, {centre} kode lembaga, {programme} kode program.</translation>
    </message>
    <message>
        <source>Choose the centre&apos;s logo</source>
        <translation>Pilih logo lembaga</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.bmp *.gif);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Contoh: %1</translation>
    </message>
    <message>
        <source>Centre &amp;name</source>
        <translation>&amp;Nama lembaga</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Nama lembaga</translation>
    </message>
    <message>
        <source>e.g. LKP Maju Bersama</source>
        <translation>misalnya LKP Maju Bersama</translation>
    </message>
    <message>
        <source>Institution &amp;type</source>
        <translation>&amp;Jenis lembaga</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Jenis lembaga</translation>
    </message>
    <message>
        <source>Short &amp;code</source>
        <translation>K&amp;ode singkat</translation>
    </message>
    <message>
        <source>Short code for certificate numbers</source>
        <translation>Kode singkat untuk nomor sertifikat</translation>
    </message>
    <message>
        <source>made from the name if left empty</source>
        <translation>dibuat dari nama jika dikosongkan</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>&amp;Head of the centre</source>
        <translation>K&amp;epala lembaga</translation>
    </message>
    <message>
        <source>Name of the head of the centre</source>
        <translation>Nama kepala lembaga</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;title</source>
        <translation>Jaba&amp;tan kepala</translation>
    </message>
    <message>
        <source>Title of the head of the centre</source>
        <translation>Jabatan kepala lembaga</translation>
    </message>
    <message>
        <source>e.g. Kepala LKP</source>
        <translation>misalnya Kepala LKP</translation>
    </message>
    <message>
        <source>Head&apos;s N&amp;IP</source>
        <translation>N&amp;IP kepala</translation>
    </message>
    <message>
        <source>NIP of the head of the centre</source>
        <translation>NIP kepala lembaga</translation>
    </message>
    <message>
        <source>18 digits; leave empty if none</source>
        <translation>18 angka; kosongkan jika tidak ada</translation>
    </message>
    <message>
        <source>Certificate &amp;numbers</source>
        <translation>Nomor se&amp;rtifikat</translation>
    </message>
    <message>
        <source>Certificate number pattern</source>
        <translation>Pola nomor sertifikat</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Pilih lo&amp;go…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Pilih gambar logo</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Hapus logo</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Hapus logo</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Pelita ran into an unexpected problem. Your open forms are still there: close this message and carry on, or save your work. The problem was written to the log; the details below help whoever looks after Pelita.</source>
        <translation>Pelita mengalami masalah yang tidak terduga. Formulir yang sedang Anda buka masih ada: tutup pesan ini lalu lanjutkan, atau simpan pekerjaan Anda. Masalah ini sudah dicatat di log; rincian di bawah ini membantu orang yang mengurus Pelita.</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message or a document.</source>
        <translation>Sudah disalin. Tempelkan ke pesan atau dokumen.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Rincian teknis</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin rincian</translation>
    </message>
    <message>
        <source>Copy the technical details</source>
        <translation>Salin rincian teknis</translation>
    </message>
    <message>
        <source>C&amp;ontinue working</source>
        <translation>&amp;Lanjutkan bekerja</translation>
    </message>
    <message>
        <source>Close this message and continue</source>
        <translation>Tutup pesan ini dan lanjutkan bekerja</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database file</source>
        <translation>Berkas basis data</translation>
    </message>
    <message>
        <source>Pelita database (*.sqlite3);;All files (*)</source>
        <translation>Basis data Pelita (*.sqlite3);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose the database</source>
        <translation>Pilih basis data</translation>
    </message>
    <message>
        <source>One desk: a database file on this computer. Several desks: the address of the centre&apos;s PostgreSQL server, e.g. postgresql+psycopg://pelita@192.168.1.10/pelita</source>
        <translation>Satu komputer: berkas basis data di komputer ini. Beberapa komputer: alamat server PostgreSQL milik lembaga, misalnya postgresql+psycopg://pelita@192.168.1.10/pelita</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Basis data</translation>
    </message>
    <message>
        <source>Database file or server address</source>
        <translation>Berkas basis data atau alamat server</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Pilih berkas basis data</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>This desk was left idle. %1, type your password to carry on where you left off.</source>
        <translation>Komputer ini lama tidak dipakai. %1, ketik kata sandi Anda untuk melanjutkan pekerjaan yang tadi.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Signing out closes every open form; anything not saved is lost.</source>
        <translation>Keluar akan menutup semua formulir yang terbuka; isian yang belum disimpan akan hilang.</translation>
    </message>
    <message>
        <source>Stay locked</source>
        <translation>Tetap terkunci</translation>
    </message>
    <message>
        <source>Pelita is locked</source>
        <translation>Pelita terkunci</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation>Kata sandi untuk membuka kunci</translation>
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation>&amp;Keluar…</translation>
    </message>
    <message>
        <source>Sign out and lose unsaved forms</source>
        <translation>Keluar dan kehilangan formulir yang belum disimpan</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Demo centre — try these logins:</source>
        <translation>Lembaga demo — coba masuk dengan akun berikut:</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <source>Pelita — log in</source>
        <translation>Pelita — masuk</translation>
    </message>
    <message>
        <source>Pelita</source>
        <translation>Pelita</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Demo logins</source>
        <translation>Akun demo</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Basis data…</translation>
    </message>
    <message>
        <source>Choose the database</source>
        <translation>Pilih basis data</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup Pelita</translation>
    </message>
    <message>
        <source>Quit Pelita</source>
        <translation>Tutup Pelita</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Masuk sebagai %1 (%2)</translation>
    </message>
    <message>
        <source>About Pelita</source>
        <translation>Tentang Pelita</translation>
    </message>
    <message>
        <source>Pelita %1 — the registration desk of community skills-training centres.
Free software under the GNU GPL version 3 or later.</source>
        <translation>Pelita %1 — loket pendaftaran lembaga pelatihan keterampilan masyarakat.
Perangkat lunak bebas dengan lisensi GNU GPL versi 3 atau yang lebih baru.</translation>
    </message>
    <message>
        <source>Pelita</source>
        <translation>Pelita</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>&amp;Pelita</source>
        <translation>&amp;Pelita</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Kunci &amp;sekarang</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup Pelita</translation>
    </message>
    <message>
        <source>&amp;About Pelita</source>
        <translation>&amp;Tentang Pelita</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Ganti kata sandi Anda</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Ketik kata sandi lama Anda, lalu kata sandi baru dua kali.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Choose a new password for your own account.</source>
        <translation>Pilih kata sandi baru untuk akun Anda sendiri.</translation>
    </message>
    <message>
        <source>Choose a temporary password for {name} ({username}). At the next login they must choose their own password. Tell them the temporary one in person.</source>
        <translation>Pilih kata sandi sementara untuk {name} ({username}). Saat masuk berikutnya, ia harus memilih kata sandinya sendiri. Sampaikan kata sandi sementara ini kepadanya secara langsung.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Kata sandi &amp;lama:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi lama</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>What may {name} ({username}) do in Pelita?</source>
        <translation>Apa saja yang boleh dilakukan {name} ({username}) di Pelita?</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2).</source>
        <translation>Masuk sebagai %1 (%2).</translation>
    </message>
    <message>
        <source>The new language shows the next time Pelita starts.</source>
        <translation>Bahasa baru akan tampil saat Pelita dibuka lagi.</translation>
    </message>
    <message>
        <source>Text size saved.</source>
        <translation>Ukuran teks disimpan.</translation>
    </message>
    <message>
        <source>This desk opens %1 the next time Pelita starts.</source>
        <translation>Komputer ini akan membuka %1 saat Pelita dibuka lagi.</translation>
    </message>
    <message>
        <source>Saved: desks lock after %1 minutes without use.</source>
        <translation>Disimpan: komputer terkunci setelah %1 menit tidak dipakai.</translation>
    </message>
    <message>
        <source>Saved: desks never lock by themselves.</source>
        <translation>Disimpan: komputer tidak pernah terkunci sendiri.</translation>
    </message>
    <message>
        <source>Centre profile saved.</source>
        <translation>Profil lembaga disimpan.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Baha&amp;sa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Large &amp;text (for low vision)</source>
        <translation>&amp;Ukuran teks besar (untuk penglihatan lemah)</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Teks besar</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Basis data yang dipakai</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ganti basis &amp;data…</translation>
    </message>
    <message>
        <source>Change the database</source>
        <translation>Ganti basis data</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Akun Anda</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Ganti &amp;kata sandi saya…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <source>Shared desks</source>
        <translation>Komputer bersama</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes</source>
        <translation>Kun&amp;ci setelah tidak dipakai (menit)</translation>
    </message>
    <message>
        <source>Minutes without use before the desk locks; 0 never locks</source>
        <translation>Berapa menit tidak dipakai sebelum komputer terkunci; 0 berarti tidak pernah terkunci</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>Save the lock time</source>
        <translation>Simpan waktu penguncian</translation>
    </message>
    <message>
        <source>0 means never. Applies to every desk of the centre.</source>
        <translation>0 berarti tidak pernah. Berlaku untuk semua komputer di lembaga ini.</translation>
    </message>
    <message>
        <source>Centre profile</source>
        <translation>Profil lembaga</translation>
    </message>
    <message>
        <source>&amp;Save centre profile</source>
        <translation>Simpan pro&amp;fil lembaga</translation>
    </message>
    <message>
        <source>Save the centre profile</source>
        <translation>Simpan profil lembaga</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Set up Pelita</source>
        <translation>Menyiapkan Pelita</translation>
    </message>
    <message>
        <source>Your centre</source>
        <translation>Lembaga Anda</translation>
    </message>
    <message>
        <source>These details appear on certificates and reports. You can change them later in Settings.</source>
        <translation>Data ini tercantum pada sertifikat dan laporan. Anda dapat mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>This account manages users, programmes and settings. Keep the password somewhere safe.</source>
        <translation>Akun ini mengelola pengguna, program, dan pengaturan. Simpan kata sandinya di tempat yang aman.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Nama lengkap</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>Nama lengkap administrator</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Nama pengguna administrator</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata s&amp;andi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Choose your own password</source>
        <translation>Pilih kata sandi Anda sendiri</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>At least {min} characters.</source>
        <translation>Paling sedikit {min} karakter.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Nonaktifkan akun</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Aktifkan akun</translation>
    </message>
    <message>
        <source>Created the account {username}.</source>
        <translation>Akun {username} sudah dibuat.</translation>
    </message>
    <message>
        <source>{username} is now: {role}.</source>
        <translation>Peran {username} sekarang: {role}.</translation>
    </message>
    <message>
        <source>The password of {username} has been reset.</source>
        <translation>Kata sandi {username} sudah diatur ulang.</translation>
    </message>
    <message>
        <source>Disable the account of {name} ({username})? They can no longer log in until an administrator enables it again. Nothing they recorded is removed.</source>
        <translation>Nonaktifkan akun {name} ({username})? Ia tidak dapat masuk lagi sampai administrator mengaktifkannya kembali. Data yang sudah ia catat tidak akan dihapus.</translation>
    </message>
    <message>
        <source>{username} is enabled and may log in.</source>
        <translation>{username} sudah aktif dan boleh masuk.</translation>
    </message>
    <message>
        <source>{username} is disabled.</source>
        <translation>{username} sudah dinonaktifkan.</translation>
    </message>
    <message>
        <source>The people who may log in at this centre, and what each of them may do.</source>
        <translation>Orang-orang yang boleh masuk di lembaga ini, dan apa yang boleh dilakukan masing-masing.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Akun pengguna</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Ubah peran…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Atur ulang kata &amp;sandi…</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Hasil tindakan terakhir</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Terkunci sampai {time}</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Aktif, harus ganti kata sandi</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Logged in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Account locked after failed logins</source>
        <translation>Akun terkunci setelah berkali-kali gagal masuk</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Pengguna ditambahkan</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Pengguna diaktifkan</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Pengguna dinonaktifkan</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Peran diubah</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>Kata sandi diatur ulang oleh administrator</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Kata sandi sendiri diganti</translation>
    </message>
    <message>
        <source>Centre set up</source>
        <translation>Lembaga disiapkan</translation>
    </message>
    <message>
        <source>Centre profile changed</source>
        <translation>Profil lembaga diubah</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Pengaturan diubah</translation>
    </message>
    <message>
        <source>Programme created</source>
        <translation>Program dibuat</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Data demo dibuat</translation>
    </message>
</context>
<context>
    <name>institutions</name>
    <message>
        <source>BLK — vocational training centre</source>
        <translation>BLK — Balai Latihan Kerja</translation>
    </message>
    <message>
        <source>LPK — job training institute</source>
        <translation>LPK — Lembaga Pelatihan Kerja</translation>
    </message>
    <message>
        <source>LKP — course and training institute</source>
        <translation>LKP — Lembaga Kursus dan Pelatihan</translation>
    </message>
    <message>
        <source>PKBM — community learning centre</source>
        <translation>PKBM — Pusat Kegiatan Belajar Masyarakat</translation>
    </message>
    <message>
        <source>NGO programme</source>
        <translation>Program LSM</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>A user name is 3 to 32 letters or digits (also . _ -), without spaces.</source>
        <translation>Nama pengguna terdiri dari 3 sampai 32 huruf atau angka (boleh juga . _ -), tanpa spasi.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Isi nama lengkap orang tersebut.</translation>
    </message>
    <message>
        <source>The name is too long (at most {max} characters).</source>
        <translation>Nama terlalu panjang (paling banyak {max} karakter).</translation>
    </message>
    <message>
        <source>The password is too short: use at least {min} characters.</source>
        <translation>Kata sandi terlalu pendek: gunakan paling sedikit {min} karakter.</translation>
    </message>
    <message>
        <source>The password is too long (at most {max} characters).</source>
        <translation>Kata sandi terlalu panjang (paling banyak {max} karakter).</translation>
    </message>
    <message>
        <source>The password must not be the same as the user name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name.</source>
        <translation>Isi nama lembaga.</translation>
    </message>
    <message>
        <source>This is too long (at most {max} characters).</source>
        <translation>Isian ini terlalu panjang (paling banyak {max} karakter).</translation>
    </message>
    <message>
        <source>A NIP has 18 digits and starts with a birth date (YYYYMMDD).</source>
        <translation>NIP terdiri dari 18 angka dan diawali tanggal lahir (TTTTBBHH).</translation>
    </message>
    <message>
        <source>The centre code is 1 to 12 letters, digits or dashes.</source>
        <translation>Kode lembaga terdiri dari 1 sampai 12 huruf, angka, atau tanda hubung (-).</translation>
    </message>
    <message>
        <source>Type the date as dd/mm/yyyy, e.g. 23/11/2026.</source>
        <translation>Ketik tanggal dengan format hh/bb/tttt, misalnya 23/11/2026.</translation>
    </message>
    <message>
        <source>{text} is not a date in the calendar.</source>
        <translation>{text} bukan tanggal yang ada di kalender.</translation>
    </message>
    <message>
        <source>Enter a certificate number pattern.</source>
        <translation>Isi pola nomor sertifikat.</translation>
    </message>
    <message>
        <source>The pattern is too long (at most {max} characters).</source>
        <translation>Pola terlalu panjang (paling banyak {max} karakter).</translation>
    </message>
    <message>
        <source>The pattern needs {seq} so that every certificate gets its own number.</source>
        <translation>Pola harus memuat {seq} agar setiap sertifikat mendapat nomornya sendiri.</translation>
    </message>
    <message>
        <source>Unknown part {part}. Use {{seq}}, {{seq:4}}, {{year}}, {{month}}, {{roman_month}}, {{centre}} or {{programme}}.</source>
        <translation>Bagian {part} tidak dikenal. Gunakan {{seq}}, {{seq:4}}, {{year}}, {{month}}, {{roman_month}}, {{centre}}, atau {{programme}}.</translation>
    </message>
    <message>
        <source>Remove the invisible control characters from this text.</source>
        <translation>Hapus karakter kontrol yang tidak terlihat dari teks ini.</translation>
    </message>
    <message>
        <source>This file is not an image Pelita can read. Choose a PNG or JPEG.</source>
        <translation>Berkas ini bukan gambar yang dapat dibaca Pelita. Pilih berkas PNG atau JPEG.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Akun ini dinonaktifkan. Hubungi administrator.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked. Try again in {minutes} minute(s).</source>
        <translation>Terlalu banyak kata sandi salah: akun ini dikunci. Coba lagi dalam {minutes} menit.</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation>Nama pengguna {username} sudah dipakai.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Pengguna ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>This is the last active administrator and cannot be disabled.</source>
        <translation>Ini administrator aktif terakhir sehingga tidak dapat dinonaktifkan.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another one first.</source>
        <translation>Ini administrator aktif terakhir; jadikan pengguna lain administrator terlebih dahulu.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi lama salah.</translation>
    </message>
    <message>
        <source>Choose a new password that differs from the current one.</source>
        <translation>Pilih kata sandi baru yang berbeda dari kata sandi lama.</translation>
    </message>
    <message>
        <source>This centre is already set up. Log in instead.</source>
        <translation>Lembaga ini sudah disiapkan. Silakan masuk.</translation>
    </message>
    <message>
        <source>Your account is disabled. Ask an administrator.</source>
        <translation>Akun Anda dinonaktifkan. Hubungi administrator.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Ask an administrator.</source>
        <translation>Anda tidak diizinkan melakukan ini. Hubungi administrator.</translation>
    </message>
    <message>
        <source>This database already holds a centre; the demo needs an empty one.</source>
        <translation>Basis data ini sudah berisi data lembaga; demo memerlukan basis data yang kosong.</translation>
    </message>
    <message>
        <source>The image file is too large (at most 20 MB).</source>
        <translation>Berkas gambar terlalu besar (paling besar 20 MB).</translation>
    </message>
    <message>
        <source>Choose between 0 (never lock) and {max} minutes.</source>
        <translation>Pilih antara 0 (tidak pernah terkunci) dan {max} menit.</translation>
    </message>
    <message>
        <source>This is not a database address: {url}</source>
        <translation>Ini bukan alamat basis data: {url}</translation>
    </message>
    <message>
        <source>This is not a database address Pelita can use: {url} ({reason})</source>
        <translation>Alamat basis data ini tidak dapat dipakai Pelita: {url} ({reason})</translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be opened: {reason}</source>
        <translation>Berkas basis data {path} rusak dan tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Pelita (schema {revision}). Install the newer Pelita to open it; nothing was changed.</source>
        <translation>Basis data ini dibuat oleh Pelita versi yang lebih baru (skema {revision}). Pasang Pelita versi baru itu untuk membukanya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>This database holds other tables and is not a Pelita database.</source>
        <translation>Basis data ini berisi tabel lain dan bukan basis data Pelita.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <source>The file {path} is not a Pelita database or it is damaged. It was left untouched; restore a backup or choose another file.</source>
        <translation>Berkas {path} bukan basis data Pelita atau sudah rusak. Berkas itu tidak diubah; pulihkan dari cadangan atau pilih berkas lain.</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>Tidak ada berkas basis data di {path}.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database {path}: {reason}</source>
        <translation>Tidak dapat membuat folder untuk basis data {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot connect to the database {url}: {reason}</source>
        <translation>Tidak dapat terhubung ke basis data {url}: {reason}</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instruktur</translation>
    </message>
</context>
</TS>
