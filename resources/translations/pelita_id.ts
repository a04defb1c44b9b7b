<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>AgreementDialog</name>
        <message>
            <source>New agreement</source>
            <translation>Perjanjian baru</translation>
        </message>
    </context>
    <context>
        <name>AgreementsModel</name>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Komitmen</translation>
        </message>
        <message>
            <source>Promised</source>
            <translation>Nilai komitmen</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>tanpa batas waktu</translation>
        </message>
    </context>
    <context>
        <name>ArchiveExport</name>
        <message>
            <source>Export everything</source>
            <translation>Ekspor semua data</translation>
        </message>
        <message>
            <source>Pelita archives (*.zip)</source>
            <translation>Arsip Pelita (*.zip)</translation>
        </message>
        <message>
            <source>%1 rows of %2 tables and %3 certificates</source>
            <translation>%1 baris dari %2 tabel dan %3 sertifikat</translation>
        </message>
        <message>
            <source>%1 rows of %2 tables and 1 certificate</source>
            <translation>%1 baris dari %2 tabel dan 1 sertifikat</translation>
        </message>
        <message>
            <source>Writing every table and certificate to %1…</source>
            <translation>Menulis semua tabel dan sertifikat ke %1…</translation>
        </message>
        <message>
            <source>Everything is in %1: %2.

Another Pelita can import it when it is set up. It holds every person's data: keep it as safely as the database itself.</source>
            <translation>Semua data ada di %1: %2.

Pelita lain dapat mengimpornya saat dipasang. Arsip ini berisi data setiap orang: simpan dengan aman, sama seperti basis data itu sendiri.</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Scores and units — %1</source>
            <translation>Nilai dan unit kompetensi — %1</translation>
        </message>
        <message>
            <source>&amp;All passed %1</source>
            <translation>Semua &amp;kompeten untuk %1</translation>
        </message>
        <message>
            <source>&amp;All passed</source>
            <translation>Semua &amp;kompeten</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… dan %1 lainnya.</translation>
        </message>
        <message>
            <source>No scores yet.</source>
            <translation>Belum ada nilai.</translation>
        </message>
        <message>
            <source>Averages: pre-test %1, post-test %2, gain %3.</source>
            <translation>Rata-rata: tes awal %1, tes akhir %2, kenaikan %3.</translation>
        </message>
        <message>
            <source>The programme asks a post-test score of at least %1.</source>
            <translation>Program ini mensyaratkan nilai tes akhir paling sedikit %1.</translation>
        </message>
        <message>
            <source>The programme asks no minimum post-test score.</source>
            <translation>Program ini tidak menetapkan nilai minimum tes akhir.</translation>
        </message>
        <message>
            <source>Nobody is taking part in this cohort yet.</source>
            <translation>Belum ada peserta yang mengikuti angkatan ini.</translation>
        </message>
        <message>
            <source>Nothing has changed.</source>
            <translation>Tidak ada yang berubah.</translation>
        </message>
        <message>
            <source>Nothing was saved: put right the cells in red.</source>
            <translation>Tidak ada yang disimpan: perbaiki sel yang berwarna merah.</translation>
        </message>
        <message>
            <source>Saved the scores and units of 1 person.</source>
            <translation>Nilai dan unit kompetensi 1 orang disimpan.</translation>
        </message>
        <message>
            <source>Saved the scores and units of %1 people.</source>
            <translation>Nilai dan unit kompetensi %1 orang disimpan.</translation>
        </message>
        <message>
            <source>The scores or units of 1 person are not saved. Close and lose them?</source>
            <translation>Nilai atau unit kompetensi 1 orang belum disimpan. Tutup dan buang perubahannya?</translation>
        </message>
        <message>
            <source>The scores or units of %1 people are not saved. Close and lose them?</source>
            <translation>Nilai atau unit kompetensi %1 orang belum disimpan. Tutup dan buang perubahannya?</translation>
        </message>
        <message>
            <source>Discard the changes?</source>
            <translation>Buang perubahan Anda?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Lanjutkan mengisi</translation>
        </message>
        <message>
            <source>Scores and competency units</source>
            <translation>Nilai dan unit kompetensi</translation>
        </message>
        <message>
            <source>Cohort and programme</source>
            <translation>Angkatan dan program</translation>
        </message>
        <message>
            <source>Type each person's pre-test and post-test scores (whole numbers, 0 to 100); Enter moves down. For each competency unit, Space or a click goes from — (not assessed) to Passed to Not passed.</source>
            <translation>Ketik nilai tes awal dan tes akhir setiap orang (bilangan bulat, 0 sampai 100); Enter berpindah ke baris bawah. Untuk setiap unit kompetensi, tekan Spasi atau klik untuk mengganti dari — (belum dinilai) ke Kompeten, lalu ke Belum kompeten.</translation>
        </message>
        <message>
            <source>How to fill in the sheet</source>
            <translation>Cara mengisi lembar ini</translation>
        </message>
        <message>
            <source>Scores and competency units of each person</source>
            <translation>Nilai dan unit kompetensi setiap orang</translation>
        </message>
        <message>
            <source>Everyone not assessed yet passed the selected unit</source>
            <translation>Semua yang belum dinilai dinyatakan kompeten pada unit yang dipilih</translation>
        </message>
        <message>
            <source>Everyone not assessed yet in the selected unit's column has passed it; "Not passed" marks stay.</source>
            <translation>Semua yang belum dinilai di kolom unit yang dipilih dinyatakan kompeten; tanda "Belum kompeten" tetap.</translation>
        </message>
        <message>
            <source>Scores typed wrong</source>
            <translation>Nilai yang salah ketik</translation>
        </message>
        <message>
            <source>Averages of the cohort</source>
            <translation>Rata-rata angkatan</translation>
        </message>
        <message>
            <source>Result of the last save</source>
            <translation>Hasil penyimpanan terakhir</translation>
        </message>
    </context>
    <context>
        <name>AssessmentModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Pre-test</source>
            <translation>Tes awal</translation>
        </message>
        <message>
            <source>Post-test</source>
            <translation>Tes akhir</translation>
        </message>
        <message>
            <source>The programme asks at least %1.</source>
            <translation>Program ini mensyaratkan paling sedikit %1.</translation>
        </message>
        <message>
            <source>Below the programme's minimum of %1.</source>
            <translation>Di bawah nilai minimum program, yaitu %1.</translation>
        </message>
        <message>
            <source>Space or a click: passed, not passed, —</source>
            <translation>Spasi atau klik: kompeten, belum kompeten, —</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Kompeten</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Belum kompeten</translation>
        </message>
    </context>
    <context>
        <name>AtRiskModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>In a row</source>
            <translation>Berturut-turut</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Persentase</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Absences in a row, up to the latest marked session</source>
            <translation>Alpa berturut-turut sampai sesi terakhir yang diisi</translation>
        </message>
        <message>
            <source>Attendance rate of the marked sessions</source>
            <translation>Persentase kehadiran pada sesi yang sudah diisi</translation>
        </message>
    </context>
    <context>
        <name>AttendanceGrid</name>
        <message>
            <source>attendance-%1-%2.pdf</source>
            <translation>daftar-hadir-%1-%2.pdf</translation>
        </message>
        <message>
            <source>Save the attendance sheet</source>
            <translation>Simpan daftar hadir</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the attendance sheet as %1</source>
            <translation>Daftar hadir disimpan sebagai %1</translation>
        </message>
        <message>
            <source>Print the matrix</source>
            <translation>Cetak rekap</translation>
        </message>
        <message>
            <source>Print the attendance matrix of which period?</source>
            <translation>Cetak rekap kehadiran untuk periode mana?</translation>
        </message>
        <message>
            <source>The &amp;week of %1</source>
            <translation>&amp;Minggu %1</translation>
        </message>
        <message>
            <source>The &amp;month %1</source>
            <translation>&amp;Bulan %1</translation>
        </message>
        <message>
            <source>attendance-matrix-%1-%2.pdf</source>
            <translation>rekap-kehadiran-%1-%2.pdf</translation>
        </message>
        <message>
            <source>Save the attendance matrix</source>
            <translation>Simpan rekap kehadiran</translation>
        </message>
        <message>
            <source>Saved the attendance matrix as %1</source>
            <translation>Rekap kehadiran disimpan sebagai %1</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the attendance</source>
            <translation>Ekspor kehadiran</translation>
        </message>
        <message>
            <source>attendance-%1.xlsx</source>
            <translation>kehadiran-%1.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported the attendance to %1</source>
            <translation>Kehadiran diekspor ke %1</translation>
        </message>
        <message>
            <source>Import marks from Excel</source>
            <translation>Impor kehadiran dari Excel</translation>
        </message>
        <message>
            <source>Imported %1: %2 cells changed.</source>
            <translation>%1 diimpor: %2 sel berubah.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1 has %2 problems, listed below. Correct them and import the file again.</source>
            <translation>Tidak ada yang diimpor: %1 memiliki %2 masalah, tercantum di bawah. Perbaiki lalu impor berkasnya lagi.</translation>
        </message>
        <message>
            <source>Attendance of the cohort %1: no marks yet.</source>
            <translation>Kehadiran angkatan %1: belum ada yang diisi.</translation>
        </message>
        <message>
            <source>Attendance of the cohort %1: %2%.</source>
            <translation>Kehadiran angkatan %1: %2%.</translation>
        </message>
        <message>
            <source>The programme asks %1% for completion.</source>
            <translation>Program mensyaratkan %1% untuk lulus.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Rate %</source>
            <translation>Kehadiran %</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Kelulusan</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>batal</translation>
        </message>
        <message>
            <source>%1 (cancelled: it counts for nobody)</source>
            <translation>%1 (batal: tidak dihitung untuk siapa pun)</translation>
        </message>
        <message>
            <source>%1 (still to come)</source>
            <translation>%1 (belum berlangsung)</translation>
        </message>
        <message>
            <source>cancelled, counts for nobody</source>
            <translation>batal, tidak dihitung untuk siapa pun</translation>
        </message>
        <message>
            <source>does not apply (not in the class that day)</source>
            <translation>tidak berlaku (tidak ikut kelas hari itu)</translation>
        </message>
        <message>
            <source>still to come</source>
            <translation>belum berlangsung</translation>
        </message>
        <message>
            <source>not marked yet</source>
            <translation>belum diisi</translation>
        </message>
        <message>
            <source>No marks yet</source>
            <translation>Belum ada yang diisi</translation>
        </message>
        <message>
            <source>Present at %1 of %2 marked sessions</source>
            <translation>Hadir di %1 dari %2 sesi yang diisi</translation>
        </message>
        <message>
            <source>Minutes late (%1):</source>
            <translation>Menit terlambat (%1):</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Alasan perubahan</translation>
        </message>
        <message>
            <source>no mark</source>
            <translation>tanpa tanda</translation>
        </message>
        <message>
            <source>%1, %2 min</source>
            <translation>%1, %2 menit</translation>
        </message>
        <message>
            <source>Saved: %1, %2: %3.</source>
            <translation>Tersimpan: %1, %2: %3.</translation>
        </message>
        <message>
            <source>Could not use the file</source>
            <translation>Berkas tidak dapat dipakai</translation>
        </message>
    </context>
    <context>
        <name>AttendanceGridView</name>
        <message>
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>Attendance of the cohort</source>
            <translation>Kehadiran angkatan</translation>
        </message>
        <message>
            <source>Move with the arrow keys. On a session's cell type H (present), T (late), I (excused), S (sick) or A (absent); Delete takes the mark back. Each mark is saved at once. – (grey): the session does not apply to the person.</source>
            <translation>Pindah dengan tombol panah. Pada sel sesi ketik H (hadir), T (terlambat), I (izin), S (sakit) atau A (alpa); Delete menghapus tanda. Setiap tanda langsung tersimpan. – (abu-abu): sesi tidak berlaku bagi peserta.</translation>
        </message>
        <message>
            <source>Attendance grid</source>
            <translation>Tabel kehadiran</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Masalah dalam berkas</translation>
        </message>
        <message>
            <source>Print the attendance sheet of the current session</source>
            <translation>Cetak daftar hadir sesi yang dipilih</translation>
        </message>
        <message>
            <source>Print attendance &amp;sheet…</source>
            <translation>Cetak &amp;daftar hadir…</translation>
        </message>
        <message>
            <source>Print the matrix of a week or a month</source>
            <translation>Cetak rekap satu minggu atau satu bulan</translation>
        </message>
        <message>
            <source>Print &amp;matrix…</source>
            <translation>Cetak &amp;rekap…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Ekspor ke Excel</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;kspor ke Excel…</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>Impor dari Excel</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Impor dari Excel…</translation>
        </message>
    </context>
    <context>
        <name>AttendanceNumbersPage</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Instruktur</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <source>Attendance numbers</source>
            <translation>Angka kehadiran</translation>
        </message>
        <message>
            <source>Copied the phone number of %1: %2.</source>
            <translation>Nomor telepon %1 disalin: %2.</translation>
        </message>
        <message>
            <source>No phone number on record for this person.</source>
            <translation>Orang ini tidak memiliki nomor telepon tercatat.</translation>
        </message>
        <message>
            <source>No one is at risk now.</source>
            <translation>Saat ini tidak ada yang berisiko.</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 orang</translation>
        </message>
        <message>
            <source>%1 people</source>
            <translation>%1 orang</translation>
        </message>
        <message>
            <source>The end is before the start.</source>
            <translation>Tanggal akhir sebelum tanggal awal.</translation>
        </message>
        <message>
            <source>No attendance marked from %1 to %2.</source>
            <translation>Tidak ada kehadiran yang diisi dari %1 sampai %2.</translation>
        </message>
        <message>
            <source>Who needs a follow-up call, and how attendance goes across programmes, instructors and months.</source>
            <translation>Siapa yang perlu dihubungi, dan bagaimana kehadiran di setiap program, instruktur dan bulan.</translation>
        </message>
        <message>
            <source>At &amp;risk</source>
            <translation>Be&amp;risiko</translation>
        </message>
        <message>
            <source>People in training who missed three sessions in a row, or whose attendance is under their programme's minimum. A call now helps them finish.</source>
            <translation>Peserta pelatihan yang alpa tiga sesi berturut-turut, atau kehadirannya di bawah batas minimal program. Menelepon sekarang membantu mereka menyelesaikan pelatihan.</translation>
        </message>
        <message>
            <source>People at risk</source>
            <translation>Peserta berisiko</translation>
        </message>
        <message>
            <source>Open the participant's profile</source>
            <translation>Buka profil peserta</translation>
        </message>
        <message>
            <source>Open &amp;profile</source>
            <translation>Buka &amp;profil</translation>
        </message>
        <message>
            <source>Copy the phone number</source>
            <translation>Salin nomor telepon</translation>
        </message>
        <message>
            <source>&amp;Copy phone</source>
            <translation>&amp;Salin telepon</translation>
        </message>
        <message>
            <source>Refresh the list of people at risk</source>
            <translation>Muat ulang daftar peserta berisiko</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Muat &amp;ulang</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
        <message>
            <source>&amp;By programme, instructor or month</source>
            <translation>&amp;Per program, instruktur atau bulan</translation>
        </message>
        <message>
            <source>&amp;Group by:</source>
            <translation>&amp;Kelompokkan:</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Kelompokkan</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Sampai:</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>Problem with the dates</source>
            <translation>Masalah pada tanggal</translation>
        </message>
        <message>
            <source>Export the attendance summary to Excel</source>
            <translation>Ekspor ringkasan kehadiran ke Excel</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;kspor ke Excel…</translation>
        </message>
        <message>
            <source>Refresh the attendance summary</source>
            <translation>Muat ulang ringkasan kehadiran</translation>
        </message>
        <message>
            <source>Attendance summary</source>
            <translation>Ringkasan kehadiran</translation>
        </message>
        <message>
            <source>Present counts late arrivals, and excused absences where the programme's completion rule counts them.</source>
            <translation>Hadir termasuk yang terlambat, juga izin dan sakit bila aturan kelulusan program menghitungnya.</translation>
        </message>
        <message>
            <source>attendance-%1-%2-%3.xlsx</source>
            <translation>kehadiran-%1-%2-%3.xlsx</translation>
        </message>
        <message>
            <source>Export the attendance summary</source>
            <translation>Ekspor ringkasan kehadiran</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported the summary to %1</source>
            <translation>Ringkasan diekspor ke %1</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>Tidak dapat menyimpan %1: %2</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTodayPage</name>
        <message>
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>No sessions to mark on this day.</source>
            <translation>Tidak ada sesi untuk diisi pada hari ini.</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesi</translation>
        </message>
        <message>
            <source>%1 sessions</source>
            <translation>%1 sesi</translation>
        </message>
        <message>
            <source>Type the code printed at the top of the sheet.</source>
            <translation>Ketik kode yang tercetak di bagian atas lembar.</translation>
        </message>
        <message>
            <source>The sessions of the day that you may mark. Open one for its roll call, or type the code printed at the top of a paper sheet.</source>
            <translation>Sesi hari ini yang boleh Anda isi. Buka salah satu untuk absensinya, atau ketik kode yang tercetak di bagian atas lembar kertas.</translation>
        </message>
        <message>
            <source>Previous day</source>
            <translation>Hari sebelumnya</translation>
        </message>
        <message>
            <source>◀ &amp;Previous day</source>
            <translation>◀ Hari &amp;sebelumnya</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Hari:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Next day</source>
            <translation>Hari berikutnya</translation>
        </message>
        <message>
            <source>&amp;Next day ▶</source>
            <translation>Hari &amp;berikutnya ▶</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Hari &amp;ini</translation>
        </message>
        <message>
            <source>Sessions of the day</source>
            <translation>Sesi hari ini</translation>
        </message>
        <message>
            <source>Open the roll call</source>
            <translation>Buka absensi</translation>
        </message>
        <message>
            <source>Open the &amp;roll call</source>
            <translation>Buka a&amp;bsensi</translation>
        </message>
        <message>
            <source>Sheet &amp;code:</source>
            <translation>&amp;Kode lembar:</translation>
        </message>
        <message>
            <source>Sheet code</source>
            <translation>Kode lembar</translation>
        </message>
        <message>
            <source>Type or scan the code printed at the top of an attendance sheet, e.g. DH-1234-K</source>
            <translation>Ketik atau pindai kode di bagian atas lembar daftar hadir, mis. DH-1234-K</translation>
        </message>
        <message>
            <source>Open the sheet's session</source>
            <translation>Buka sesi lembar ini</translation>
        </message>
        <message>
            <source>Open &amp;sheet</source>
            <translation>Buka &amp;lembar</translation>
        </message>
        <message>
            <source>Problem with the sheet code</source>
            <translation>Masalah pada kode lembar</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
    </context>
    <context>
        <name>AttentionBar</name>
        <message>
            <source>1 item low on stock</source>
            <translation>1 barang stoknya menipis</translation>
        </message>
        <message numerus="yes">
            <source>%n items low on stock</source>
            <translation>
                <numerusform>%n barang stoknya menipis</numerusform>
            </translation>
        </message>
        <message>
            <source>1 loan overdue</source>
            <translation>1 pinjaman terlambat kembali</translation>
        </message>
        <message numerus="yes">
            <source>%n loans overdue</source>
            <translation>
                <numerusform>%n pinjaman terlambat kembali</numerusform>
            </translation>
        </message>
        <message>
            <source>1 data request due</source>
            <translation>1 permintaan data pribadi jatuh tempo</translation>
        </message>
        <message numerus="yes">
            <source>%n data requests due</source>
            <translation>
                <numerusform>%n permintaan data pribadi jatuh tempo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no backup for %n days</source>
            <translation>
                <numerusform>tidak ada cadangan selama %n hari</numerusform>
            </translation>
        </message>
    </context>
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
        <name>BackupPassphraseDialog</name>
        <message>
            <source>Encrypt backups</source>
            <translation>Enkripsi cadangan</translation>
        </message>
        <message>
            <source>Write the passphrase down and keep it somewhere safe, away from this PC. If it is lost, the encrypted backups are lost with it: nobody can open them, not even Pelita's makers.</source>
            <translation>Tuliskan frasa sandi dan simpan di tempat yang aman, jauh dari komputer ini. Jika frasa sandi hilang, cadangan terenkripsi ikut hilang: tidak ada yang dapat membukanya, bahkan pembuat Pelita sekalipun.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frasa sandi:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frasa sandi</translation>
        </message>
        <message>
            <source>At least 8 characters; a few words are easier to remember than a jumble.</source>
            <translation>Minimal 8 karakter; beberapa kata lebih mudah diingat daripada susunan karakter acak.</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Ulangi:</translation>
        </message>
        <message>
            <source>The passphrase again</source>
            <translation>Ulangi frasa sandi</translation>
        </message>
    </context>
    <context>
        <name>BackupRestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Pulihkan cadangan</translation>
        </message>
        <message>
            <source>The backup to restore</source>
            <translation>Cadangan yang akan dipulihkan</translation>
        </message>
        <message>
            <source>Everything entered after this backup was made is replaced by the backup. The database as it is now is kept as a safety copy in the backup folder. Pelita then opens the restored data and everyone logs in again.</source>
            <translation>Semua yang dimasukkan setelah cadangan ini dibuat akan diganti dengan isi cadangan. Basis data saat ini disimpan sebagai salinan pengaman di folder cadangan. Setelah itu Pelita membuka data yang dipulihkan dan semua pengguna masuk kembali.</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frasa sandi:</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Frasa sandi cadangan</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <source>This desk uses a PostgreSQL server. Its backups are made on the server with pg_dump, every night, by whoever looks after the server: the routine is in %1 in Pelita's folder. Pelita's own backups are for the database file of a desk working alone.</source>
            <translation>Komputer ini memakai server PostgreSQL. Cadangannya dibuat di server dengan pg_dump setiap malam oleh pengelola server: rutinnya ada di %1 dalam folder Pelita. Cadangan milik Pelita sendiri hanya untuk berkas basis data pada komputer yang bekerja sendiri.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <source>Backups are encrypted: without the passphrase nobody can read them, not even someone who takes this PC or the USB drive.</source>
            <translation>Cadangan terenkripsi: tanpa frasa sandi tidak ada yang dapat membacanya, bahkan orang yang mengambil komputer ini atau flashdisk-nya.</translation>
        </message>
        <message>
            <source>Change the &amp;passphrase…</source>
            <translation>Ganti &amp;frasa sandi…</translation>
        </message>
        <message>
            <source>Backups are not encrypted: anyone who has this PC or the backup drive can read the people's data in them.</source>
            <translation>Cadangan tidak terenkripsi: siapa pun yang memegang komputer ini atau media cadangannya dapat membaca data pribadi orang di dalamnya.</translation>
        </message>
        <message>
            <source>&amp;Encrypt backups…</source>
            <translation>&amp;Enkripsi cadangan…</translation>
        </message>
        <message>
            <source>Cannot save the desk's settings: %1</source>
            <translation>Pengaturan komputer ini tidak dapat disimpan: %1</translation>
        </message>
        <message>
            <source>Folder for the backups</source>
            <translation>Folder untuk cadangan</translation>
        </message>
        <message>
            <source>Saved: the next backups go to %1.</source>
            <translation>Disimpan: cadangan berikutnya disimpan ke %1.</translation>
        </message>
        <message>
            <source>Folder for a second copy</source>
            <translation>Folder untuk salinan kedua</translation>
        </message>
        <message>
            <source>Saved: no second copy is made.</source>
            <translation>Disimpan: tidak dibuat salinan kedua.</translation>
        </message>
        <message>
            <source>Saved: every backup is also copied to %1.</source>
            <translation>Disimpan: setiap cadangan juga disalin ke %1.</translation>
        </message>
        <message>
            <source>Saved: the next backups are encrypted with the new passphrase.</source>
            <translation>Disimpan: cadangan berikutnya dienkripsi dengan frasa sandi baru.</translation>
        </message>
        <message>
            <source>Stop encrypting backups?</source>
            <translation>Hentikan enkripsi cadangan?</translation>
        </message>
        <message>
            <source>The next backups can be read by anyone who has this PC or the backup drive. Backups made before stay encrypted and still need their passphrase.</source>
            <translation>Cadangan berikutnya dapat dibaca oleh siapa pun yang memegang komputer ini atau media cadangannya. Cadangan yang dibuat sebelumnya tetap terenkripsi dan tetap memerlukan frasa sandinya.</translation>
        </message>
        <message>
            <source>Stop encrypting</source>
            <translation>Hentikan enkripsi</translation>
        </message>
        <message>
            <source>Saved: the next backups are not encrypted.</source>
            <translation>Disimpan: cadangan berikutnya tidak dienkripsi.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Mencadangkan…</translation>
        </message>
        <message>
            <source>Backup made: %1.</source>
            <translation>Salinan cadangan dibuat: %1.</translation>
        </message>
        <message>
            <source>A second copy is in %1.</source>
            <translation>Salinan kedua ada di %1.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <source>Pelita copies this desk's database into the backup folder when it closes and at least once a day. It keeps one backup for each of the last 7 days, 4 weeks and 12 months.</source>
            <translation>Pelita menyalin basis data komputer ini ke folder cadangan saat Pelita ditutup dan setidaknya sekali sehari. Pelita menyimpan satu cadangan untuk setiap 7 hari, 4 minggu, dan 12 bulan terakhir.</translation>
        </message>
        <message>
            <source>Where backups go</source>
            <translation>Lokasi cadangan</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Folder cadangan</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <translation>&amp;Ganti…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Pilih folder cadangan</translation>
        </message>
        <message>
            <source>Standard folder</source>
            <translation>Folder standar</translation>
        </message>
        <message>
            <source>Use the standard backup folder</source>
            <translation>Gunakan folder cadangan standar</translation>
        </message>
        <message>
            <source>Second copy</source>
            <translation>Salinan kedua</translation>
        </message>
        <message>
            <source>Folder for a second copy of each backup</source>
            <translation>Folder untuk salinan kedua setiap cadangan</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>P&amp;ilih…</translation>
        </message>
        <message>
            <source>Choose a folder for a second copy</source>
            <translation>Pilih folder untuk salinan kedua</translation>
        </message>
        <message>
            <source>No second copy</source>
            <translation>Tanpa salinan kedua</translation>
        </message>
        <message>
            <source>Make no second copy</source>
            <translation>Jangan buat salinan kedua</translation>
        </message>
        <message>
            <source>For example a USB drive. When it is not plugged in, the backup is still made in the folder above.</source>
            <translation>Misalnya flashdisk. Jika flashdisk tidak terpasang, cadangan tetap dibuat di folder di atas.</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Enkripsi</translation>
        </message>
        <message>
            <source>Write the passphrase down and keep it somewhere safe, away from this PC. Without it an encrypted backup cannot be restored: nobody can open it, not even Pelita's makers.</source>
            <translation>Tuliskan frasa sandi dan simpan di tempat yang aman, jauh dari komputer ini. Tanpa frasa sandi, cadangan terenkripsi tidak dapat dipulihkan: tidak ada yang dapat membukanya, bahkan pembuat Pelita sekalipun.</translation>
        </message>
        <message>
            <source>Set the passphrase of the backups</source>
            <translation>Atur frasa sandi cadangan</translation>
        </message>
        <message>
            <source>Make the next backups without encryption</source>
            <translation>Buat cadangan berikutnya tanpa enkripsi</translation>
        </message>
        <message>
            <source>Backups in the folder</source>
            <translation>Cadangan di folder</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Cadangan, terbaru di atas</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Cadangkan sekarang</translation>
        </message>
        <message>
            <source>Make a backup now</source>
            <translation>Buat salinan cadangan sekarang</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Pulihkan…</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation>Pulihkan cadangan yang dipilih</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Pulihkan dari &amp;berkas…</translation>
        </message>
        <message>
            <source>Restore a backup file from another folder or drive</source>
            <translation>Pulihkan berkas cadangan dari folder atau drive lain</translation>
        </message>
        <message>
            <source>What the last backup action did</source>
            <translation>Hasil tindakan cadangan terakhir</translation>
        </message>
        <message>
            <source>Backups on the server</source>
            <translation>Cadangan di server</translation>
        </message>
        <message>
            <source>How a PostgreSQL database is backed up</source>
            <translation>Cara mencadangkan basis data PostgreSQL</translation>
        </message>
        <message>
            <source>Everything in one file</source>
            <translation>Semua dalam satu berkas</translation>
        </message>
        <message>
            <source>An archive of every table as Excel sheets with the certificates' PDFs: for the centre's records, or to move to another Pelita, which can import it.</source>
            <translation>Arsip berisi semua tabel sebagai lembar Excel beserta PDF sertifikat: untuk arsip lembaga, atau untuk dipindahkan ke Pelita lain, yang dapat mengimpornya.</translation>
        </message>
        <message>
            <source>E&amp;xport everything…</source>
            <translation>E&amp;kspor semua data…</translation>
        </message>
        <message>
            <source>Export everything into one archive file</source>
            <translation>Ekspor semua data ke dalam satu berkas arsip</translation>
        </message>
    </context>
    <context>
        <name>BackupTexts</name>
        <message>
            <source>when Pelita closed</source>
            <translation>saat Pelita ditutup</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>harian</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>dibuat secara manual</translation>
        </message>
        <message>
            <source>safety copy before a restore</source>
            <translation>salinan pengaman sebelum pemulihan</translation>
        </message>
        <message>
            <source>the damaged file, kept</source>
            <translation>berkas yang rusak, disimpan</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>sebelum pembaruan</translation>
        </message>
        <message>
            <source>backup file</source>
            <translation>berkas cadangan</translation>
        </message>
        <message>
            <source>encrypted</source>
            <translation>terenkripsi</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Pilih cadangan</translation>
        </message>
        <message>
            <source>Restoring the backup… this may take a minute.</source>
            <translation>Memulihkan cadangan… ini mungkin memerlukan waktu sekitar satu menit.</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Taken</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Encrypted</source>
            <translation>Terenkripsi</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
    </context>
    <context>
        <name>BatchPanel</name>
        <message>
            <source>Issuing the certificates…</source>
            <translation>Menerbitkan sertifikat…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <source>Could not read the file: %1</source>
            <translation>Berkas tidak dapat dibaca: %1</translation>
        </message>
    </context>
    <context>
        <name>BulkEnrolDialog</name>
        <message>
            <source>&amp;Enrol 1 person</source>
            <translation>&amp;Daftarkan 1 orang</translation>
        </message>
        <message>
            <source>&amp;Enrol %1 people</source>
            <translation>&amp;Daftarkan %1 orang</translation>
        </message>
        <message>
            <source>Enrol the selected participant in a cohort.</source>
            <translation>Daftarkan peserta yang dipilih ke satu angkatan.</translation>
        </message>
        <message>
            <source>Enrol the %1 selected participants in one cohort.</source>
            <translation>Daftarkan %1 peserta yang dipilih ke satu angkatan.</translation>
        </message>
        <message>
            <source>Choose the cohort to enrol them in.</source>
            <translation>Pilih angkatan tujuan pendaftaran.</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Hentikan</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 dari %2</translation>
        </message>
        <message>
            <source>%1: %2 enrolled with a seat, %3 on the waitlist, %4 refused.</source>
            <translation>%1: %2 terdaftar dengan kursi, %3 di daftar tunggu, %4 ditolak.</translation>
        </message>
        <message>
            <source>Stopped: %1 not done.</source>
            <translation>Dihentikan: %1 belum diproses.</translation>
        </message>
        <message>
            <source>Place %1 on the waitlist</source>
            <translation>Urutan %1 di daftar tunggu</translation>
        </message>
        <message>
            <source>Copied the report.</source>
            <translation>Laporan sudah disalin.</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Simpan laporan</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Could not save the file</source>
            <translation>Berkas tidak dapat disimpan</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Disimpan: %1</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Menghentikan…</translation>
        </message>
        <message>
            <source>Enrol the selected participants</source>
            <translation>Daftarkan peserta yang dipilih</translation>
        </message>
        <message>
            <source>Who is enrolled</source>
            <translation>Siapa yang didaftarkan</translation>
        </message>
        <message>
            <source>&amp;Cohort (those that take enrolments: planned, open or running):</source>
            <translation>&amp;Angkatan (yang menerima pendaftaran: direncanakan, dibuka atau berjalan):</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>Report: what became of each person</source>
            <translation>Laporan: hasil untuk setiap orang</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <source>&amp;Copy the report</source>
            <translation>&amp;Salin laporan</translation>
        </message>
        <message>
            <source>Copy the report as a table, to paste into a spreadsheet or a message</source>
            <translation>Salin laporan sebagai tabel, untuk ditempel ke lembar kerja atau pesan</translation>
        </message>
        <message>
            <source>&amp;Save as CSV…</source>
            <translation>Simpan sebagai &amp;CSV…</translation>
        </message>
        <message>
            <source>Save the report as CSV</source>
            <translation>Simpan laporan sebagai CSV</translation>
        </message>
    </context>
    <context>
        <name>CallDialog</name>
        <message>
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <source>No phone number on record</source>
            <translation>Tidak ada nomor telepon tercatat</translation>
        </message>
        <message>
            <source>%1 · %2 · the %3-month call, due %4</source>
            <translation>%1 · %2 · panggilan %3 bulan, jadwal %4</translation>
        </message>
        <message>
            <source>Reached on %1. What you change now corrects the answers; the change is logged.</source>
            <translation>Berhasil dihubungi pada %1. Perubahan yang Anda buat sekarang akan mengoreksi jawaban; perubahan ini dicatat.</translation>
        </message>
        <message>
            <source>Not called yet.</source>
            <translation>Belum ditelepon.</translation>
        </message>
        <message>
            <source>1 attempt so far, the last on %1.</source>
            <translation>Sudah 1 kali percobaan, terakhir pada %1.</translation>
        </message>
        <message>
            <source>%1 attempts so far, the last on %2.</source>
            <translation>Sudah %1 kali percobaan, terakhir pada %2.</translation>
        </message>
        <message>
            <source>Leave empty if the person did not say.</source>
            <translation>Kosongkan jika orang ini tidak menyebutkannya.</translation>
        </message>
        <message>
            <source>Record a follow-up call</source>
            <translation>Catat panggilan tindak lanjut</translation>
        </message>
        <message>
            <source>Phone number to call</source>
            <translation>Nomor telepon yang dihubungi</translation>
        </message>
        <message>
            <source>Reached?</source>
            <translation>Berhasil dihubungi?</translation>
        </message>
        <message>
            <source>&amp;Yes, we spoke</source>
            <translation>&amp;Ya, sudah bicara</translation>
        </message>
        <message>
            <source>Reached: yes</source>
            <translation>Berhasil dihubungi: ya</translation>
        </message>
        <message>
            <source>&amp;No answer</source>
            <translation>&amp;Tidak ada jawaban</translation>
        </message>
        <message>
            <source>Reached: no</source>
            <translation>Berhasil dihubungi: tidak</translation>
        </message>
        <message>
            <source>What the person said</source>
            <translation>Yang disampaikan orang ini</translation>
        </message>
        <message>
            <source>&amp;Work now:</source>
            <translation>&amp;Pekerjaan sekarang:</translation>
        </message>
        <message>
            <source>Work now</source>
            <translation>Pekerjaan sekarang</translation>
        </message>
        <message>
            <source>Own business:</source>
            <translation>Usaha sendiri:</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>No own business</source>
            <translation>Tidak punya usaha sendiri</translation>
        </message>
        <message>
            <source>Yes, of the kind:</source>
            <translation>Ya, jenisnya:</translation>
        </message>
        <message>
            <source>Runs an own business</source>
            <translation>Menjalankan usaha sendiri</translation>
        </message>
        <message>
            <source>Kind of business</source>
            <translation>Jenis usaha</translation>
        </message>
        <message>
            <source>e.g. tailoring at home</source>
            <translation>mis. menjahit di rumah</translation>
        </message>
        <message>
            <source>Monthly &amp;income:</source>
            <translation>Peng&amp;hasilan per bulan:</translation>
        </message>
        <message>
            <source>Monthly income now</source>
            <translation>Penghasilan per bulan sekarang</translation>
        </message>
        <message>
            <source>e.g. 1,5 jt or 1.500.000 (empty: not said)</source>
            <translation>mis. 1,5 jt atau 1.500.000 (kosong: tidak disebutkan)</translation>
        </message>
        <message>
            <source>Uses the skill:</source>
            <translation>Menggunakan keterampilan:</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>Uses the skill learned: yes</source>
            <translation>Menggunakan keterampilan yang dipelajari: ya</translation>
        </message>
        <message>
            <source>Uses the skill learned: no</source>
            <translation>Menggunakan keterampilan yang dipelajari: tidak</translation>
        </message>
        <message>
            <source>Needs further help:</source>
            <translation>Perlu bantuan lanjutan:</translation>
        </message>
        <message>
            <source>Needs further help: no</source>
            <translation>Perlu bantuan lanjutan: tidak</translation>
        </message>
        <message>
            <source>Yes:</source>
            <translation>Ya:</translation>
        </message>
        <message>
            <source>Needs further help: yes</source>
            <translation>Perlu bantuan lanjutan: ya</translation>
        </message>
        <message>
            <source>What help is needed</source>
            <translation>Bantuan yang dibutuhkan</translation>
        </message>
        <message>
            <source>what help, e.g. capital for a machine</source>
            <translation>bantuan apa, mis. modal untuk mesin</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>Note about the call</source>
            <translation>Catatan tentang panggilan ini</translation>
        </message>
    </context>
    <context>
        <name>CallsTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Jadwal</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Percobaan</translation>
        </message>
        <message>
            <source>Last call</source>
            <translation>Panggilan terakhir</translation>
        </message>
        <message>
            <source>none</source>
            <translation>tidak ada</translation>
        </message>
    </context>
    <context>
        <name>CandidatesModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Sertifikat</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Alasan pengecualian</translation>
        </message>
        <message>
            <source>Present at %1 of %2 marked sessions</source>
            <translation>Hadir di %1 dari %2 pertemuan yang sudah diisi</translation>
        </message>
        <message>
            <source>(type it below)</source>
            <translation>(ketik di bawah)</translation>
        </message>
    </context>
    <context>
        <name>CashDialog</name>
        <message>
            <source>The centre in general</source>
            <translation>Lembaga secara umum</translation>
        </message>
        <message>
            <source>Programme %1</source>
            <translation>Program %1</translation>
        </message>
        <message>
            <source>Cohort %1</source>
            <translation>Angkatan %1</translation>
        </message>
    </context>
    <context>
        <name>CentreForm</name>
        <message>
            <source>{seq} running number ({seq:4} = 0001), {year}, {month}, {roman_month}, {centre} code, {programme} code.</source>
            <translation>{seq} nomor urut ({seq:4} = 0001), {year} tahun, {month} bulan, {roman_month} bulan dalam angka Romawi, {centre} kode lembaga, {programme} kode program.</translation>
        </message>
        <message>
            <source>Choose the centre's logo</source>
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
            <source>Head's &amp;title</source>
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
            <source>Head's N&amp;IP</source>
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
        <name>CertificateEntry</name>
        <message>
            <source>%1 JP</source>
            <translation>%1 JP</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Place and date of birth</source>
            <translation>Tempat, tanggal lahir</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Pelatihan</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Jam</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Tanggal terbit</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Diterbitkan oleh</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Kode verifikasi</translation>
        </message>
        <message>
            <source>Issued by override</source>
            <translation>Diterbitkan dengan pengecualian</translation>
        </message>
        <message>
            <source>Replaces</source>
            <translation>Menggantikan</translation>
        </message>
        <message>
            <source>Reason for re-issue</source>
            <translation>Alasan terbit ulang</translation>
        </message>
        <message>
            <source>Replaced by</source>
            <translation>Digantikan oleh</translation>
        </message>
        <message>
            <source>Revoked on</source>
            <translation>Dicabut pada</translation>
        </message>
        <message>
            <source>Reason for revoking</source>
            <translation>Alasan pencabutan</translation>
        </message>
        <message>
            <source>SHA-256 of the PDF</source>
            <translation>SHA-256 berkas PDF</translation>
        </message>
        <message>
            <source>Superseded: replaced by certificate %1.</source>
            <translation>Digantikan: diganti oleh sertifikat %1.</translation>
        </message>
        <message>
            <source>Superseded: replaced by a newer certificate.</source>
            <translation>Digantikan: diganti oleh sertifikat yang lebih baru.</translation>
        </message>
        <message>
            <source>Revoked: %1</source>
            <translation>Dicabut: %1</translation>
        </message>
    </context>
    <context>
        <name>CertificateIssueDialog</name>
        <message>
            <source>Choose the folder for the certificate files.</source>
            <translation>Pilih folder untuk berkas sertifikat.</translation>
        </message>
        <message>
            <source>This is a file, not a folder.</source>
            <translation>Ini sebuah berkas, bukan folder.</translation>
        </message>
        <message>
            <source>1 certificate issued: %1.</source>
            <translation>1 sertifikat diterbitkan: %1.</translation>
        </message>
        <message>
            <source>%1 certificates issued, %2 to %3.</source>
            <translation>%1 sertifikat diterbitkan, %2 s.d. %3.</translation>
        </message>
        <message>
            <source>Issue certificates: %1</source>
            <translation>Terbitkan sertifikat: %1</translation>
        </message>
        <message>
            <source>Who in %1 receives a certificate. Those who meet the completion rule are checked. To give one to someone else, check them and type the reason: it is kept with the certificate.</source>
            <translation>Siapa di %1 yang menerima sertifikat. Yang memenuhi syarat kelulusan sudah dicentang. Untuk memberikannya kepada orang lain, centang orang itu dan ketik alasannya: alasan disimpan bersama sertifikat.</translation>
        </message>
        <message>
            <source>&amp;Issue certificates</source>
            <translation>&amp;Terbitkan sertifikat</translation>
        </message>
        <message>
            <source>&amp;Issue 1 certificate</source>
            <translation>&amp;Terbitkan 1 sertifikat</translation>
        </message>
        <message>
            <source>&amp;Issue %1 certificates</source>
            <translation>&amp;Terbitkan %1 sertifikat</translation>
        </message>
        <message>
            <source>Folder for the certificate files</source>
            <translation>Folder untuk berkas sertifikat</translation>
        </message>
        <message>
            <source>Preview: %1</source>
            <translation>Pratinjau: %1</translation>
        </message>
        <message>
            <source>preview</source>
            <translation>pratinjau</translation>
        </message>
        <message>
            <source>The certificates were issued, but their files could not be written (%1). Their PDFs are kept in the register.</source>
            <translation>Sertifikat sudah diterbitkan, tetapi berkasnya tidak dapat ditulis (%1). PDF-nya tersimpan di buku induk.</translation>
        </message>
        <message>
            <source>Has certificate %1</source>
            <translation>Sudah bersertifikat %1</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>Memenuhi syarat</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>Terbitkan sertifikat</translation>
        </message>
        <message>
            <source>Who receives a certificate</source>
            <translation>Siapa yang menerima sertifikat</translation>
        </message>
        <message>
            <source>The cohort's participants</source>
            <translation>Peserta angkatan</translation>
        </message>
        <message>
            <source>&amp;Reason to issue anyway:</source>
            <translation>&amp;Alasan tetap menerbitkan:</translation>
        </message>
        <message>
            <source>Reason to issue anyway</source>
            <translation>Alasan tetap menerbitkan</translation>
        </message>
        <message>
            <source>For a person the completion rule does not pass: why they get a certificate</source>
            <translation>Untuk orang yang tidak memenuhi syarat kelulusan: mengapa ia tetap mendapat sertifikat</translation>
        </message>
        <message>
            <source>Issue &amp;date:</source>
            <translation>Tanggal &amp;terbit:</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>Tanggal terbit</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>Save the &amp;files in:</source>
            <translation>Simpan &amp;berkas di:</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Pilih folder</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Telusuri…</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <source>Cancel issuing</source>
            <translation>Batalkan penerbitan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Yang terjadi</translation>
        </message>
        <message>
            <source>Certificates issued</source>
            <translation>Sertifikat diterbitkan</translation>
        </message>
        <message>
            <source>Open the folder with the files</source>
            <translation>Buka folder berisi berkas</translation>
        </message>
        <message>
            <source>Open f&amp;older</source>
            <translation>Buka f&amp;older</translation>
        </message>
        <message>
            <source>Print the certificates</source>
            <translation>Cetak sertifikat</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Cetak…</translation>
        </message>
        <message>
            <source>Show the certificates</source>
            <translation>Tampilkan sertifikat</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Tampilkan</translation>
        </message>
        <message>
            <source>Preview the selected person's certificate</source>
            <translation>Pratinjau sertifikat orang yang dipilih</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>Pra&amp;tinjau</translation>
        </message>
        <message>
            <source>Issue the certificates</source>
            <translation>Terbitkan sertifikat</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>CertificateStyleBox</name>
        <message>
            <source>No signature</source>
            <translation>Tanpa tanda tangan</translation>
        </message>
        <message>
            <source>Saved: the next certificates are made this way.</source>
            <translation>Tersimpan: sertifikat berikutnya dibuat seperti ini.</translation>
        </message>
        <message>
            <source>Choose the signature image</source>
            <translation>Pilih gambar tanda tangan</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp);;All files (*)</source>
            <translation>Gambar (*.png *.jpg *.jpeg *.bmp);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Signature saved.</source>
            <translation>Tanda tangan tersimpan.</translation>
        </message>
        <message>
            <source>Signature removed.</source>
            <translation>Tanda tangan dihapus.</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Sertifikat</translation>
        </message>
        <message>
            <source>How the next certificates look. Certificates already issued keep the look they were issued with.</source>
            <translation>Tampilan sertifikat berikutnya. Sertifikat yang sudah terbit tetap seperti saat diterbitkan.</translation>
        </message>
        <message>
            <source>Place of iss&amp;ue</source>
            <translation>Tempat ter&amp;bit</translation>
        </message>
        <message>
            <source>Place of issue printed before the date</source>
            <translation>Tempat terbit yang dicetak sebelum tanggal</translation>
        </message>
        <message>
            <source>e.g. Cianjur</source>
            <translation>mis. Cianjur</translation>
        </message>
        <message>
            <source>English line under each Ind&amp;onesian line</source>
            <translation>Baris bahasa Inggris di bawah setiap baris bahasa Ind&amp;onesia</translation>
        </message>
        <message>
            <source>Print an English line under each Indonesian line</source>
            <translation>Cetak baris bahasa Inggris di bawah setiap baris bahasa Indonesia</translation>
        </message>
        <message>
            <source>Participant's photo on the certificate</source>
            <translation>Foto peserta pada sertifikat</translation>
        </message>
        <message>
            <source>Print the participant's photo on the certificate</source>
            <translation>Cetak foto peserta pada sertifikat</translation>
        </message>
        <message>
            <source>Signature image</source>
            <translation>Gambar tanda tangan</translation>
        </message>
        <message>
            <source>The signature printed above the signer's name</source>
            <translation>Tanda tangan yang dicetak di atas nama penanda tangan</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>Choose a signature image</source>
            <translation>Pilih gambar tanda tangan</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Remove the signature image</source>
            <translation>Hapus gambar tanda tangan</translation>
        </message>
        <message>
            <source>A scan of the signature on white or transparent paper (PNG or JPEG). It is saved as soon as it is chosen or removed; the signer's name and NIP are in the centre profile.</source>
            <translation>Pindaian tanda tangan di atas kertas putih atau latar transparan (PNG atau JPEG). Langsung tersimpan begitu dipilih atau dihapus; nama dan NIP penanda tangan ada di profil lembaga.</translation>
        </message>
        <message>
            <source>Save certificate loo&amp;k</source>
            <translation>Simpan tampilan sertifi&amp;kat</translation>
        </message>
        <message>
            <source>Save how certificates look</source>
            <translation>Simpan tampilan sertifikat</translation>
        </message>
    </context>
    <context>
        <name>CertificateVerifyDialog</name>
        <message>
            <source>Check a certificate's PDF</source>
            <translation>Periksa PDF sertifikat</translation>
        </message>
        <message>
            <source>PDF files (*.pdf);;All files (*)</source>
            <translation>Berkas PDF (*.pdf);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>This file is too large to be a certificate.</source>
            <translation>Berkas ini terlalu besar untuk sebuah sertifikat.</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 tidak dapat dibaca: %2</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Belum diperiksa</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Pelatihan</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>Lembaga</translation>
        </message>
        <message>
            <source>What the code claims (its signature does not hold)</source>
            <translation>Yang diakui kode (tanda tangan digitalnya tidak sah)</translation>
        </message>
        <message>
            <source>What the code says (its signature could not be checked)</source>
            <translation>Isi kode (tanda tangan digitalnya tidak dapat diperiksa)</translation>
        </message>
        <message>
            <source>What the signed code says</source>
            <translation>Isi kode yang ditandatangani</translation>
        </message>
        <message>
            <source>In this centre's register</source>
            <translation>Di buku induk lembaga ini</translation>
        </message>
        <message>
            <source>Verify a certificate</source>
            <translation>Verifikasi sertifikat</translation>
        </message>
        <message>
            <source>Scan the QR code on the certificate, or type the short verification code or the number printed under it, then press Enter. A certificate's PDF file can be checked too.</source>
            <translation>Pindai kode QR pada sertifikat, atau ketik kode verifikasi pendek atau nomor yang tercetak, lalu tekan Enter. Berkas PDF sertifikat juga dapat diperiksa.</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Kode:</translation>
        </message>
        <message>
            <source>Certificate code</source>
            <translation>Kode sertifikat</translation>
        </message>
        <message>
            <source>The QR code's text from a scanner, the short verification code or the certificate number</source>
            <translation>Teks kode QR dari pemindai, kode verifikasi pendek, atau nomor sertifikat</translation>
        </message>
        <message>
            <source>e.g. K7QD-M2XA or 012/LPK-XYZ/XI/2026</source>
            <translation>mis. K7QD-M2XA atau 012/LPK-XYZ/XI/2026</translation>
        </message>
        <message>
            <source>Check the code</source>
            <translation>Periksa kode</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>&amp;Periksa</translation>
        </message>
        <message>
            <source>Check a PDF file</source>
            <translation>Periksa berkas PDF</translation>
        </message>
        <message>
            <source>Open a &amp;PDF…</source>
            <translation>Buka &amp;PDF…</translation>
        </message>
        <message>
            <source>Verdict symbol</source>
            <translation>Simbol hasil</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>What the certificate says</source>
            <translation>Isi sertifikat</translation>
        </message>
    </context>
    <context>
        <name>CertificatesPage</name>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 tidak dapat dibaca: %2</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>%1 tidak dapat disimpan: %2</translation>
        </message>
        <message>
            <source>Certificate %1 — %2</source>
            <translation>Sertifikat %1 — %2</translation>
        </message>
        <message>
            <source>Sent certificate %1 to the printer.</source>
            <translation>Sertifikat %1 dikirim ke printer.</translation>
        </message>
        <message>
            <source>Save the certificate as PDF</source>
            <translation>Simpan sertifikat sebagai PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved certificate %1 as %2</source>
            <translation>Sertifikat %1 disimpan sebagai %2</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the register of certificates</source>
            <translation>Ekspor buku induk sertifikat</translation>
        </message>
        <message>
            <source>certificate-register.xlsx</source>
            <translation>buku-induk-sertifikat.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exported 1 certificate to %2</source>
            <translation>1 sertifikat diekspor ke %2</translation>
        </message>
        <message>
            <source>Exported %1 certificates to %2</source>
            <translation>%1 sertifikat diekspor ke %2</translation>
        </message>
        <message>
            <source>Export this centre's public key</source>
            <translation>Ekspor kunci publik lembaga ini</translation>
        </message>
        <message>
            <source>Pelita key files (*.pelitakey)</source>
            <translation>Berkas kunci Pelita (*.pelitakey)</translation>
        </message>
        <message>
            <source>Saved this centre's public key as %1. Give this file to other offices: with it, their Pelita verifies this centre's certificates without its database.</source>
            <translation>Kunci publik lembaga ini disimpan sebagai %1. Berikan berkas ini kepada kantor lain: dengan berkas ini, Pelita mereka dapat memverifikasi sertifikat lembaga ini tanpa basis datanya.</translation>
        </message>
        <message>
            <source>Import another centre's public key</source>
            <translation>Impor kunci publik lembaga lain</translation>
        </message>
        <message>
            <source>Pelita key files (*.pelitakey);;All files (*)</source>
            <translation>Berkas kunci Pelita (*.pelitakey);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Imported the public key of %1: certificates of that centre can be verified here now.</source>
            <translation>Kunci publik %1 sudah diimpor: sertifikat lembaga tersebut kini dapat diverifikasi di sini.</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Sertifikat</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Semua</translation>
        </message>
        <message>
            <source>The newest %1 certificates; search to find others.</source>
            <translation>%1 sertifikat terbaru; cari untuk menemukan yang lain.</translation>
        </message>
        <message>
            <source>1 certificate</source>
            <translation>1 sertifikat</translation>
        </message>
        <message>
            <source>%1 certificates</source>
            <translation>%1 sertifikat</translation>
        </message>
        <message>
            <source>Select a certificate to see its register entry in full.</source>
            <translation>Pilih sertifikat untuk melihat data buku induknya secara lengkap.</translation>
        </message>
        <message>
            <source>Re-issued as certificate %1; certificate %2 is now superseded.</source>
            <translation>Diterbitkan ulang sebagai sertifikat %1; sertifikat %2 kini digantikan.</translation>
        </message>
        <message>
            <source>Re-issued certificate %1; save the new PDF from the register.</source>
            <translation>Sertifikat %1 diterbitkan ulang; simpan PDF barunya dari buku induk.</translation>
        </message>
        <message>
            <source>Revoked certificate %1. It stays in the register as revoked.</source>
            <translation>Sertifikat %1 dicabut. Tetap tercatat di buku induk sebagai dicabut.</translation>
        </message>
        <message>
            <source>Every certificate this centre has issued, in the order of issue: the register (buku induk). A certificate is never changed or deleted; a mistake is corrected by re-issuing it, and a certificate given in error is revoked.</source>
            <translation>Semua sertifikat yang pernah diterbitkan lembaga ini, menurut urutan terbit: buku induk. Sertifikat tidak pernah diubah atau dihapus; kesalahan diperbaiki dengan menerbitkan ulang, dan sertifikat yang keliru diberikan dicabut.</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>Search the register</source>
            <translation>Cari di buku induk</translation>
        </message>
        <message>
            <source>Finds a number, a verification code, a name, a programme or a cohort</source>
            <translation>Mencari nomor, kode verifikasi, nama, program atau angkatan</translation>
        </message>
        <message>
            <source>Number, verification code, name, programme or cohort</source>
            <translation>Nomor, kode verifikasi, nama, program atau angkatan</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>The certificate in full</source>
            <translation>Sertifikat secara lengkap</translation>
        </message>
        <message>
            <source>Show the certificate</source>
            <translation>Tampilkan sertifikat</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>&amp;Tampilkan</translation>
        </message>
        <message>
            <source>Print the certificate</source>
            <translation>Cetak sertifikat</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Cetak…</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>Simpan P&amp;DF…</translation>
        </message>
        <message>
            <source>Revoke the certificate</source>
            <translation>Cabut sertifikat</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>Ca&amp;but…</translation>
        </message>
        <message>
            <source>Re-issue the certificate</source>
            <translation>Terbitkan ulang sertifikat</translation>
        </message>
        <message>
            <source>Re-&amp;issue…</source>
            <translation>Terbitkan &amp;ulang…</translation>
        </message>
        <message>
            <source>Verify a certificate</source>
            <translation>Verifikasi sertifikat</translation>
        </message>
        <message>
            <source>&amp;Verify a certificate…</source>
            <translation>&amp;Verifikasi sertifikat…</translation>
        </message>
        <message>
            <source>Export the register as an Excel workbook or a CSV file</source>
            <translation>Ekspor buku induk sebagai buku kerja Excel atau berkas CSV</translation>
        </message>
        <message>
            <source>E&amp;xport the register…</source>
            <translation>E&amp;kspor buku induk…</translation>
        </message>
        <message>
            <source>Export public &amp;key…</source>
            <translation>Ekspor &amp;kunci publik…</translation>
        </message>
        <message>
            <source>I&amp;mport a centre's key…</source>
            <translation>I&amp;mpor kunci lembaga…</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
    </context>
    <context>
        <name>CertificatesTableModel</name>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Tanggal terbit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Kode verifikasi</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>Save as PNG…</source>
            <translation>Simpan sebagai PNG…</translation>
        </message>
        <message>
            <source>Save the chart %1 as PNG</source>
            <translation>Simpan grafik %1 sebagai PNG</translation>
        </message>
        <message>
            <source>No data for this period</source>
            <translation>Tidak ada data untuk periode ini</translation>
        </message>
        <message>
            <source>Save the chart as PNG</source>
            <translation>Simpan grafik sebagai PNG</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Gambar PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Tersimpan: %1</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>%1 tidak dapat ditulis.</translation>
        </message>
    </context>
    <context>
        <name>CloseRequestDialog</name>
        <message>
            <source>&amp;Close request</source>
            <translation>&amp;Tutup permintaan</translation>
        </message>
        <message>
            <source>%1 — %2, received %3</source>
            <translation>%1 — %2, diterima %3</translation>
        </message>
        <message>
            <source>&amp;Why refused:</source>
            <translation>Alasan &amp;ditolak:</translation>
        </message>
        <message>
            <source>&amp;What was done:</source>
            <translation>&amp;Yang dilakukan:</translation>
        </message>
        <message>
            <source>Say why the request was refused.</source>
            <translation>Tulis alasan permintaan ditolak.</translation>
        </message>
        <message>
            <source>Say what was done.</source>
            <translation>Tulis apa yang sudah dilakukan.</translation>
        </message>
    </context>
    <context>
        <name>CohortDialog</name>
        <message>
            <source>Given when saved, such as JHT-2026-01.</source>
            <translation>Diberikan saat disimpan, misalnya JHT-2026-01.</translation>
        </message>
        <message>
            <source>Cohort %1</source>
            <translation>Angkatan %1</translation>
        </message>
        <message>
            <source>Reload the saved cohort</source>
            <translation>Muat ulang angkatan yang tersimpan</translation>
        </message>
        <message>
            <source>Your changes in this form are discarded and the cohort is shown as saved now.</source>
            <translation>Perubahan Anda di formulir ini dibuang dan angkatan ditampilkan seperti yang tersimpan sekarang.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>Buang perubahan Anda?</translation>
        </message>
        <message>
            <source>What you typed in this cohort is not saved. Close it and lose that?</source>
            <translation>Yang Anda ketik untuk angkatan ini belum disimpan. Tutup dan kehilangan isian itu?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Lanjutkan mengisi</translation>
        </message>
        <message>
            <source>%1 (may not teach: account disabled or not an instructor)</source>
            <translation>%1 (tidak dapat mengajar: akun dinonaktifkan atau bukan instruktur)</translation>
        </message>
        <message>
            <source>%1 (inactive)</source>
            <translation>%1 (tidak aktif)</translation>
        </message>
        <message>
            <source>The programme's usual capacity is %1.</source>
            <translation>Kapasitas biasa program ini %1.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>kode</translation>
        </message>
        <message>
            <source>programme</source>
            <translation>program</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>tanggal mulai</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>tanggal selesai</translation>
        </message>
        <message>
            <source>weekly schedule</source>
            <translation>jadwal mingguan</translation>
        </message>
        <message>
            <source>room</source>
            <translation>ruang</translation>
        </message>
        <message>
            <source>branch</source>
            <translation>cabang</translation>
        </message>
        <message>
            <source>capacity</source>
            <translation>kapasitas</translation>
        </message>
        <message>
            <source>funding</source>
            <translation>sumber dana</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>instructors</source>
            <translation>instruktur</translation>
        </message>
        <message>
            <source>sponsors</source>
            <translation>sponsor</translation>
        </message>
        <message>
            <source>%1 changed this cohort while you were editing it (%2). Your changes are still here and were not saved: reload the saved cohort to see theirs, then make yours again.</source>
            <translation>%1 mengubah angkatan ini saat Anda sedang mengisinya (%2). Perubahan Anda masih ada di sini dan belum disimpan: muat ulang angkatan yang tersimpan untuk melihat perubahannya, lalu buat perubahan Anda lagi.</translation>
        </message>
        <message>
            <source>Saved as %1. Please check:</source>
            <translation>Disimpan sebagai %1. Mohon periksa:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesi</translation>
        </message>
        <message>
            <source>%1 sessions</source>
            <translation>%1 sesi</translation>
        </message>
        <message>
            <source>%1; no public holiday falls on the schedule.</source>
            <translation>%1; tidak ada hari libur nasional pada jadwal.</translation>
        </message>
        <message>
            <source>%1; 1 public holiday skipped (%2).</source>
            <translation>%1; 1 hari libur nasional dilewati (%2).</translation>
        </message>
        <message>
            <source>%1; %3 public holidays skipped (%2).</source>
            <translation>%1; %3 hari libur nasional dilewati (%2).</translation>
        </message>
        <message>
            <source>%1; %3 public holidays skipped.</source>
            <translation>%1; %3 hari libur nasional dilewati.</translation>
        </message>
        <message>
            <source>New cohort</source>
            <translation>Angkatan baru</translation>
        </message>
        <message>
            <source>Cohort form</source>
            <translation>Formulir angkatan</translation>
        </message>
        <message>
            <source>What to check</source>
            <translation>Yang perlu diperiksa</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Program:</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Kode:</translation>
        </message>
        <message>
            <source>Cohort code</source>
            <translation>Kode angkatan</translation>
        </message>
        <message>
            <source>&amp;Start date:</source>
            <translation>Tanggal &amp;mulai:</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Tanggal mulai</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Tanggal &amp;selesai:</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Tanggal selesai</translation>
        </message>
        <message>
            <source>Weekly schedule</source>
            <translation>Jadwal mingguan</translation>
        </message>
        <message>
            <source>Place, seats and funding</source>
            <translation>Tempat, kursi dan sumber dana</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>&amp;Ruang:</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Ruang</translation>
        </message>
        <message>
            <source>&amp;Branch:</source>
            <translation>&amp;Cabang:</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Cabang</translation>
        </message>
        <message>
            <source>Capacit&amp;y:</source>
            <translation>&amp;Kapasitas:</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapasitas</translation>
        </message>
        <message>
            <source>&amp;Funding:</source>
            <translation>Sumber &amp;dana:</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Sumber dana</translation>
        </message>
        <message>
            <source>Instructors and sponsors</source>
            <translation>Instruktur dan sponsor</translation>
        </message>
        <message>
            <source>&amp;Instructors:</source>
            <translation>&amp;Instruktur:</translation>
        </message>
        <message>
            <source>Sp&amp;onsors:</source>
            <translation>Sp&amp;onsor:</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Instruktur</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>Add a sponsor that is not on record yet; it is ticked for this cohort.</source>
            <translation>Tambahkan sponsor yang belum tercatat; sponsor itu langsung dicentang untuk angkatan ini.</translation>
        </message>
        <message>
            <source>&amp;New sponsor…</source>
            <translation>Sponsor &amp;baru…</translation>
        </message>
        <message>
            <source>Enter: next field. Ctrl+S: save. Space: tick an instructor or sponsor.</source>
            <translation>Enter: isian berikutnya. Ctrl+S: simpan. Spasi: centang instruktur atau sponsor.</translation>
        </message>
        <message>
            <source>Reload t&amp;he saved cohort</source>
            <translation>Muat &amp;ulang angkatan yang tersimpan</translation>
        </message>
    </context>
    <context>
        <name>CohortMaterials</name>
        <message>
            <source>The programme lists no materials.</source>
            <translation>Program ini tidak mencantumkan bahan.</translation>
        </message>
        <message>
            <source>any place</source>
            <translation>tempat mana saja</translation>
        </message>
        <message>
            <source>%1 is short by %2 (%3 at %4)</source>
            <translation>%1 kurang %2 (%3 di %4)</translation>
        </message>
        <message>
            <source>Not enough in stock: %1. Receive or move more before issuing.</source>
            <translation>Stok tidak cukup: %1. Terima atau pindahkan stok tambahan sebelum mengeluarkan.</translation>
        </message>
        <message>
            <source>No item is chosen for: %1.</source>
            <translation>Belum ada barang yang dipilih untuk: %1.</translation>
        </message>
        <message>
            <source>Nothing is left to issue: the cohort has it all.</source>
            <translation>Tidak ada lagi yang perlu dikeluarkan: angkatan sudah menerima semuanya.</translation>
        </message>
        <message>
            <source>Everything needed is in stock.</source>
            <translation>Semua kebutuhan tersedia di stok.</translation>
        </message>
    </context>
    <context>
        <name>CohortMaterialsDialog</name>
        <message>
            <source>&amp;Issue all</source>
            <translation>&amp;Keluarkan semua</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>Bahan</translation>
        </message>
        <message>
            <source>Per participant</source>
            <translation>Per peserta</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>To issue</source>
            <translation>Akan dikeluarkan</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Available there</source>
            <translation>Tersedia di sana</translation>
        </message>
        <message>
            <source>Short by</source>
            <translation>Kurang</translation>
        </message>
        <message>
            <source>Reading the plan…</source>
            <translation>Membaca rencana…</translation>
        </message>
        <message>
            <source>Materials for %1</source>
            <translation>Bahan untuk %1</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 participants holding a seat</source>
            <translation>%1 · %2 · %3 peserta yang mendapat kursi</translation>
        </message>
        <message>
            <source>Item for %1</source>
            <translation>Barang untuk %1</translation>
        </message>
        <message>
            <source>— choose the item —</source>
            <translation>— pilih barang —</translation>
        </message>
        <message>
            <source>Place for %1</source>
            <translation>Tempat untuk %1</translation>
        </message>
        <message>
            <source>%1 (%2 already issued)</source>
            <translation>%1 (%2 sudah dikeluarkan)</translation>
        </message>
        <message>
            <source>— none in stock —</source>
            <translation>— tidak ada stok —</translation>
        </message>
        <message>
            <source>No one holds a seat in this cohort yet: nothing to issue.</source>
            <translation>Belum ada peserta yang mendapat kursi di angkatan ini: tidak ada yang perlu dikeluarkan.</translation>
        </message>
        <message>
            <source>Nothing was issued: choose the item for %1.</source>
            <translation>Tidak ada yang dikeluarkan: pilih barang untuk %1.</translation>
        </message>
        <message>
            <source>Nothing was issued:</source>
            <translation>Tidak ada yang dikeluarkan:</translation>
        </message>
        <message>
            <source>Issued 1 material to %1.</source>
            <translation>1 bahan dikeluarkan untuk %1.</translation>
        </message>
        <message>
            <source>Issued %2 materials to %1.</source>
            <translation>%2 bahan dikeluarkan untuk %1.</translation>
        </message>
        <message>
            <source>Materials for the cohort</source>
            <translation>Bahan untuk angkatan</translation>
        </message>
        <message>
            <source>The cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>What the programme uses per participant, times the participants holding a seat, checked against the stock of the place it comes from. Choose the item and place of each material; Issue all issues every line at once, or nothing.</source>
            <translation>Kebutuhan program per peserta, dikalikan jumlah peserta yang mendapat kursi, lalu dicocokkan dengan stok di tempat asalnya. Pilih barang dan tempat untuk setiap bahan; Keluarkan semua mengeluarkan semua baris sekaligus, atau tidak sama sekali.</translation>
        </message>
        <message>
            <source>How issuing works</source>
            <translation>Cara pengeluaran bahan</translation>
        </message>
        <message>
            <source>Materials to issue</source>
            <translation>Bahan yang akan dikeluarkan</translation>
        </message>
        <message>
            <source>Shortfalls</source>
            <translation>Kekurangan</translation>
        </message>
        <message>
            <source>Issued &amp;on:</source>
            <translation>&amp;Tanggal dikeluarkan:</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Tanggal dikeluarkan</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
    </context>
    <context>
        <name>CohortSeatsModel</name>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Seats free</source>
            <translation>Kursi kosong</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 dari %2</translation>
        </message>
    </context>
    <context>
        <name>CohortView</name>
        <message>
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Belum diisi</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Belum ada</translation>
        </message>
        <message>
            <source>%1 of %2 (%3 free)</source>
            <translation>%1 dari %2 (%3 kosong)</translation>
        </message>
        <message>
            <source>%1 of %2 (full)</source>
            <translation>%1 dari %2 (penuh)</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <source>%1 on the waitlist</source>
            <translation>%1 di daftar tunggu</translation>
        </message>
        <message>
            <source>Participants (%1)</source>
            <translation>Peserta (%1)</translation>
        </message>
        <message>
            <source>Waitlist (%1)</source>
            <translation>Daftar tunggu (%1)</translation>
        </message>
        <message>
            <source>Sessions (%1)</source>
            <translation>Sesi (%1)</translation>
        </message>
        <message>
            <source>Could not save the file</source>
            <translation>Berkas tidak dapat disimpan</translation>
        </message>
        <message>
            <source>Change the cohort's status</source>
            <translation>Ubah status angkatan</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>The cohort %1 is now: %2.</source>
            <translation>Angkatan %1 sekarang: %2.</translation>
        </message>
        <message>
            <source>Saved the cohort %1.</source>
            <translation>Angkatan %1 sudah disimpan.</translation>
        </message>
        <message>
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <source>A seat is free: offer it from the waitlist when ready.</source>
            <translation>Ada kursi kosong: tawarkan dari daftar tunggu bila sudah siap.</translation>
        </message>
        <message>
            <source>Another desk took the seat meanwhile; %1 stays on the waitlist.</source>
            <translation>Meja lain sudah mengambil kursi itu; %1 tetap di daftar tunggu.</translation>
        </message>
        <message>
            <source>%1 has the seat.</source>
            <translation>%1 mendapat kursi.</translation>
        </message>
        <message>
            <source>No seat is free, or nobody is waiting for one.</source>
            <translation>Tidak ada kursi kosong, atau tidak ada yang menunggu.</translation>
        </message>
        <message>
            <source>A seat is free. Next on the waitlist is %1 (score %2: %3).

Give %1 the seat now? If they cannot take it, leave them on the waitlist.</source>
            <translation>Ada kursi kosong. Berikutnya di daftar tunggu adalah %1 (skor %2: %3).

Berikan kursi kepada %1 sekarang? Jika belum bisa mengambilnya, biarkan tetap di daftar tunggu.</translation>
        </message>
        <message>
            <source>Offer the free seat</source>
            <translation>Tawarkan kursi kosong</translation>
        </message>
        <message>
            <source>&amp;Give the seat</source>
            <translation>&amp;Berikan kursi</translation>
        </message>
        <message>
            <source>The seat stays free; %1 stays first on the waitlist.</source>
            <translation>Kursi tetap kosong; %1 tetap pertama di daftar tunggu.</translation>
        </message>
        <message>
            <source>Moved the session.</source>
            <translation>Sesi sudah dipindahkan.</translation>
        </message>
        <message>
            <source>Cancelled the session.</source>
            <translation>Sesi sudah dibatalkan.</translation>
        </message>
        <message>
            <source>Added the make-up session.</source>
            <translation>Sesi pengganti sudah ditambahkan.</translation>
        </message>
        <message>
            <source>roster-%1.pdf</source>
            <translation>daftar-peserta-%1.pdf</translation>
        </message>
        <message>
            <source>Save the roster</source>
            <translation>Simpan daftar peserta</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the roster as %1</source>
            <translation>Daftar peserta disimpan sebagai %1</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>roster-%1.xlsx</source>
            <translation>daftar-peserta-%1.xlsx</translation>
        </message>
        <message>
            <source>Export the roster</source>
            <translation>Ekspor daftar peserta angkatan</translation>
        </message>
        <message>
            <source>Exported the roster to %1</source>
            <translation>Daftar peserta angkatan diekspor ke %1</translation>
        </message>
        <message>
            <source>Open for &amp;enrolment…</source>
            <translation>&amp;Buka pendaftaran…</translation>
        </message>
        <message>
            <source>Start &amp;running…</source>
            <translation>&amp;Mulai pelatihan…</translation>
        </message>
        <message>
            <source>&amp;Finish…</source>
            <translation>Se&amp;lesaikan…</translation>
        </message>
        <message>
            <source>Arc&amp;hive…</source>
            <translation>Ars&amp;ipkan…</translation>
        </message>
        <message>
            <source>Open the cohort %1 for enrolment?</source>
            <translation>Buka pendaftaran angkatan %1?</translation>
        </message>
        <message>
            <source>Start the cohort %1? It is then running.</source>
            <translation>Mulai angkatan %1? Statusnya menjadi berjalan.</translation>
        </message>
        <message>
            <source>Finish the cohort %1? A finished cohort takes no more enrolments.</source>
            <translation>Selesaikan angkatan %1? Angkatan yang selesai tidak menerima pendaftaran lagi.</translation>
        </message>
        <message>
            <source>Archive the cohort %1? It is kept for reports and can no longer change.</source>
            <translation>Arsipkan angkatan %1? Angkatan disimpan untuk laporan dan tidak dapat diubah lagi.</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>same score as the one above, who applied earlier</source>
            <translation>skor sama dengan yang di atasnya, yang mendaftar lebih dulu</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Back to all cohorts</source>
            <translation>Kembali ke semua angkatan</translation>
        </message>
        <message>
            <source>← &amp;All cohorts</source>
            <translation>← Semua &amp;angkatan</translation>
        </message>
        <message>
            <source>Next status</source>
            <translation>Status berikutnya</translation>
        </message>
        <message>
            <source>Edit cohort</source>
            <translation>Ubah angkatan</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <source>Print roster</source>
            <translation>Cetak daftar peserta</translation>
        </message>
        <message>
            <source>&amp;Print roster…</source>
            <translation>&amp;Cetak daftar peserta…</translation>
        </message>
        <message>
            <source>Export roster</source>
            <translation>Ekspor daftar peserta</translation>
        </message>
        <message>
            <source>Save the roster as an Excel workbook or a CSV file, with NIK, phone and attendance</source>
            <translation>Simpan daftar peserta sebagai buku kerja Excel atau berkas CSV, dengan NIK, nomor HP dan kehadiran</translation>
        </message>
        <message>
            <source>E&amp;xport roster…</source>
            <translation>E&amp;kspor daftar peserta…</translation>
        </message>
        <message>
            <source>Issue certificates</source>
            <translation>Terbitkan sertifikat</translation>
        </message>
        <message>
            <source>Cer&amp;tificates…</source>
            <translation>Serti&amp;fikat…</translation>
        </message>
        <message>
            <source>Test scores and competency units</source>
            <translation>Skor tes dan unit kompetensi</translation>
        </message>
        <message>
            <source>Pre-test and post-test scores and the competency units each participant passed</source>
            <translation>Skor tes awal dan tes akhir, serta unit kompetensi yang dinyatakan lulus, untuk setiap peserta</translation>
        </message>
        <message>
            <source>Scores and &amp;units…</source>
            <translation>Sk&amp;or dan unit…</translation>
        </message>
        <message>
            <source>Feedback survey</source>
            <translation>Survei umpan balik</translation>
        </message>
        <message>
            <source>Type in paper feedback forms, open the survey screen for participants, or print the form</source>
            <translation>Ketik formulir umpan balik kertas, buka layar survei untuk peserta, atau cetak formulirnya</translation>
        </message>
        <message>
            <source>Fee&amp;dback</source>
            <translation>Sur&amp;vei umpan balik</translation>
        </message>
        <message>
            <source>Dates:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <source>Schedule:</source>
            <translation>Jadwal:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Tempat:</translation>
        </message>
        <message>
            <source>Funding:</source>
            <translation>Sumber dana:</translation>
        </message>
        <message>
            <source>Sponsors:</source>
            <translation>Sponsor:</translation>
        </message>
        <message>
            <source>Seats taken:</source>
            <translation>Kursi terisi:</translation>
        </message>
        <message>
            <source>Fill rate:</source>
            <translation>Keterisian:</translation>
        </message>
        <message>
            <source>Fill rate</source>
            <translation>Keterisian</translation>
        </message>
        <message>
            <source>Waiting:</source>
            <translation>Menunggu:</translation>
        </message>
        <message>
            <source>Instructors:</source>
            <translation>Instruktur:</translation>
        </message>
        <message>
            <source>Cohort details</source>
            <translation>Rincian angkatan</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Enrol a participant</source>
            <translation>Daftarkan peserta</translation>
        </message>
        <message>
            <source>E&amp;nrol…</source>
            <translation>&amp;Daftarkan…</translation>
        </message>
        <message>
            <source>Change enrolment status</source>
            <translation>Ubah status pendaftaran</translation>
        </message>
        <message>
            <source>&amp;Change status…</source>
            <translation>Ubah &amp;status…</translation>
        </message>
        <message>
            <source>Open the participant's profile</source>
            <translation>Buka profil peserta</translation>
        </message>
        <message>
            <source>Open p&amp;rofile</source>
            <translation>Buka p&amp;rofil</translation>
        </message>
        <message>
            <source>Issue materials to the cohort</source>
            <translation>Keluarkan bahan untuk angkatan</translation>
        </message>
        <message>
            <source>Mater&amp;ials…</source>
            <translation>Ba&amp;han…</translation>
        </message>
        <message>
            <source>Waitlist</source>
            <translation>Daftar tunggu</translation>
        </message>
        <message>
            <source>Highest score first; equal scores go by who applied first. The reasons show what makes up each score.</source>
            <translation>Skor tertinggi lebih dulu; skor sama diurutkan menurut siapa yang mendaftar lebih dulu. Alasannya menunjukkan susunan setiap skor.</translation>
        </message>
        <message>
            <source>&amp;Offer the free seat…</source>
            <translation>&amp;Tawarkan kursi kosong…</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>Move session</source>
            <translation>Pindahkan sesi</translation>
        </message>
        <message>
            <source>&amp;Move…</source>
            <translation>&amp;Pindahkan…</translation>
        </message>
        <message>
            <source>Cancel session</source>
            <translation>Batalkan sesi</translation>
        </message>
        <message>
            <source>Cancel &amp;session…</source>
            <translation>Batalkan s&amp;esi…</translation>
        </message>
        <message>
            <source>Add make-up session</source>
            <translation>Tambah sesi pengganti</translation>
        </message>
        <message>
            <source>Add ma&amp;ke-up…</source>
            <translation>Tambah sesi pe&amp;ngganti…</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
        <message>
            <source>&amp;Type in paper forms…</source>
            <translation>Ketik &amp;jawaban formulir kertas…</translation>
        </message>
        <message>
            <source>Open the survey &amp;screen for participants…</source>
            <translation>Buka la&amp;yar survei untuk peserta…</translation>
        </message>
        <message>
            <source>&amp;Print the survey form…</source>
            <translation>Cetak f&amp;ormulir survei…</translation>
        </message>
    </context>
    <context>
        <name>CohortsPage</name>
        <message>
            <source>Cohorts</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Current (not archived)</source>
            <translation>Saat ini (belum diarsipkan)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>Semua program</translation>
        </message>
        <message>
            <source>1 cohort</source>
            <translation>1 angkatan</translation>
        </message>
        <message>
            <source>%1 cohorts</source>
            <translation>%1 angkatan</translation>
        </message>
        <message>
            <source>Created the cohort %1.</source>
            <translation>Angkatan %1 sudah dibuat.</translation>
        </message>
        <message>
            <source>Each run of a programme (angkatan): its dates, seats and waitlist. Open a cohort for its participants, waitlist and sessions.</source>
            <translation>Setiap angkatan sebuah program: tanggal, kursi dan daftar tunggunya. Buka angkatan untuk melihat peserta, daftar tunggu dan sesinya.</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Program:</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open cohort</source>
            <translation>Buka angkatan</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>New cohort</source>
            <translation>Angkatan baru</translation>
        </message>
        <message>
            <source>&amp;New cohort…</source>
            <translation>A&amp;ngkatan baru…</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
    </context>
    <context>
        <name>CohortsTableModel</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Kursi</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Terisi</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>New contact person</source>
            <translation>Kontak baru</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
    </context>
    <context>
        <name>ContributionCashDialog</name>
        <message>
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>Record cash</source>
            <translation>Catat kontribusi tunai</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>&amp;Tanggal terima:</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Tanggal diterima</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Jumlah:</translation>
        </message>
        <message>
            <source>Amount in rupiah</source>
            <translation>Jumlah dalam rupiah</translation>
        </message>
        <message>
            <source>1.500.000</source>
            <translation>1.500.000</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Untuk:</translation>
        </message>
        <message>
            <source>What the money is earmarked for</source>
            <translation>Peruntukan uang ini</translation>
        </message>
        <message>
            <source>A&amp;greement:</source>
            <translation>&amp;Perjanjian:</translation>
        </message>
        <message>
            <source>Agreement the money was given under</source>
            <translation>Perjanjian yang mendasari pemberian uang ini</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Keterangan:</translation>
        </message>
        <message>
            <source>Description of the contribution</source>
            <translation>Keterangan kontribusi</translation>
        </message>
    </context>
    <context>
        <name>ContributionItemsDialog</name>
        <message>
            <source>Line %1: %2</source>
            <translation>Baris %1: %2</translation>
        </message>
        <message>
            <source>Record items given</source>
            <translation>Catat barang yang diberikan</translation>
        </message>
        <message>
            <source>What the sponsor gave, line by line: each line goes into stock at its place, with its estimated value.</source>
            <translation>Barang yang diberikan sponsor, baris demi baris: setiap baris masuk ke stok di tempatnya, beserta perkiraan nilainya.</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>Tanggal &amp;diterima:</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Tanggal diterima</translation>
        </message>
        <message>
            <source>A&amp;greement:</source>
            <translation>&amp;Perjanjian:</translation>
        </message>
        <message>
            <source>Agreement the items were given under</source>
            <translation>Perjanjian yang mendasari pemberian barang</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Uraian:</translation>
        </message>
        <message>
            <source>Description of the contribution</source>
            <translation>Uraian kontribusi</translation>
        </message>
        <message>
            <source>Items given</source>
            <translation>Barang yang diberikan</translation>
        </message>
        <message>
            <source>&amp;Add line</source>
            <translation>&amp;Tambah baris</translation>
        </message>
        <message>
            <source>Add a line</source>
            <translation>Tambah baris</translation>
        </message>
        <message>
            <source>Re&amp;move line</source>
            <translation>&amp;Hapus baris</translation>
        </message>
        <message>
            <source>Remove the selected line</source>
            <translation>Hapus baris yang dipilih</translation>
        </message>
        <message>
            <source>&amp;New item…</source>
            <translation>&amp;Barang baru…</translation>
        </message>
        <message>
            <source>Add a new item to the inventory</source>
            <translation>Tambahkan barang baru ke inventaris</translation>
        </message>
    </context>
    <context>
        <name>ContributionNewItemDialog</name>
        <message>
            <source>New item</source>
            <translation>Barang baru</translation>
        </message>
        <message>
            <source>An item not in the inventory yet. It is put in stock by the contribution, not here.</source>
            <translation>Barang yang belum ada di inventaris. Barang masuk stok melalui kontribusi, bukan di sini.</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Jenis barang</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>Item name</source>
            <translation>Nama barang</translation>
        </message>
        <message>
            <source>Mesin jahit Butterfly JH-8190</source>
            <translation>Mesin jahit Butterfly JH-8190</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Satuan:</translation>
        </message>
        <message>
            <source>Unit the item is counted in</source>
            <translation>Satuan hitung barang</translation>
        </message>
        <message>
            <source>&amp;Asset tag:</source>
            <translation>&amp;Kode aset:</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>Kode aset</translation>
        </message>
        <message>
            <source>Left empty, the next free tag is given (INV-00001).</source>
            <translation>Jika dikosongkan, diberi kode berikutnya yang tersedia (INV-00001).</translation>
        </message>
        <message>
            <source>&amp;Serial number:</source>
            <translation>Nomor s&amp;eri:</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Nomor seri</translation>
        </message>
    </context>
    <context>
        <name>ContributionsModel</name>
        <message>
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Amount or value</source>
            <translation>Jumlah atau nilai</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Untuk</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <source>Cohort %1</source>
            <translation>Angkatan %1</translation>
        </message>
        <message>
            <source>Programme %1</source>
            <translation>Program %1</translation>
        </message>
        <message>
            <source>The centre in general</source>
            <translation>Lembaga secara umum</translation>
        </message>
    </context>
    <context>
        <name>CountDelegate</name>
        <message>
            <source>Counted</source>
            <translation>Dihitung</translation>
        </message>
    </context>
    <context>
        <name>CountModel</name>
        <message>
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>Kode aset</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Tercatat</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Dihitung</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Selisih</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Periksa</translation>
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
        <name>DashboardFilters</name>
        <message>
            <source>This month</source>
            <translation>Bulan ini</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Tahun ini</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>12 bulan terakhir</translation>
        </message>
        <message>
            <source>From … to …</source>
            <translation>Dari … sampai …</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Semua</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Dasbor</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>Pendaftaran</translation>
        </message>
        <message>
            <source>Active cohorts</source>
            <translation>Angkatan aktif</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>Tingkat kelulusan</translation>
        </message>
        <message>
            <source>Certificates issued</source>
            <translation>Sertifikat diterbitkan</translation>
        </message>
        <message>
            <source>Working or in business after 6 months</source>
            <translation>Bekerja atau menjalankan usaha setelah 6 bulan</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Stok menipis</translation>
        </message>
        <message>
            <source>Open the inventory</source>
            <translation>Buka inventaris</translation>
        </message>
        <message>
            <source>Overdue loans</source>
            <translation>Pinjaman terlambat</translation>
        </message>
        <message>
            <source>Open the loans</source>
            <translation>Buka pinjaman</translation>
        </message>
        <message>
            <source>Participants at risk</source>
            <translation>Peserta berisiko</translation>
        </message>
        <message>
            <source>Open attendance</source>
            <translation>Buka kehadiran</translation>
        </message>
        <message>
            <source>Registrations per month</source>
            <translation>Pendaftaran per bulan</translation>
        </message>
        <message>
            <source>Attendance per month</source>
            <translation>Kehadiran per bulan</translation>
        </message>
        <message>
            <source>Participants by sex</source>
            <translation>Peserta menurut jenis kelamin</translation>
        </message>
        <message>
            <source>Participants by age</source>
            <translation>Peserta menurut umur</translation>
        </message>
        <message>
            <source>Disability and social assistance</source>
            <translation>Disabilitas dan bantuan sosial</translation>
        </message>
        <message>
            <source>Outcomes 6 months after training</source>
            <translation>Hasil 6 bulan setelah pelatihan</translation>
        </message>
        <message>
            <source>Participants by regency or city</source>
            <translation>Peserta menurut kabupaten/kota</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Menghitung…</translation>
        </message>
        <message>
            <source>applications to these cohorts</source>
            <translation>pendaftaran ke angkatan ini</translation>
        </message>
        <message>
            <source>people newly registered</source>
            <translation>orang yang baru terdaftar</translation>
        </message>
        <message>
            <source>Fill rate %1 (%2 of %3 seats)</source>
            <translation>Tingkat keterisian %1 (%2 dari %3 tempat)</translation>
        </message>
        <message>
            <source>%1 of %2 who finished, in cohorts that ended</source>
            <translation>%1 dari %2 peserta lulus, pada angkatan yang sudah selesai</translation>
        </message>
        <message>
            <source>in this period</source>
            <translation>pada periode ini</translation>
        </message>
        <message>
            <source>items at or under their reorder level</source>
            <translation>barang pada atau di bawah batas pesan ulang</translation>
        </message>
        <message>
            <source>not back by their due date</source>
            <translation>belum kembali pada tanggal jatuh tempo</translation>
        </message>
        <message>
            <source>in training now, who may not complete</source>
            <translation>sedang mengikuti pelatihan, mungkin tidak selesai</translation>
        </message>
        <message>
            <source>No one reached by phone yet</source>
            <translation>Belum ada yang berhasil dihubungi lewat telepon</translation>
        </message>
        <message>
            <source>Income change not known yet</source>
            <translation>Perubahan penghasilan belum diketahui</translation>
        </message>
        <message>
            <source>Median income change %1 a month</source>
            <translation>Median perubahan penghasilan %1 per bulan</translation>
        </message>
        <message>
            <source>%1 of %2 reached</source>
            <translation>%1 dari %2 berhasil dihubungi</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <source>Social assistance&lt;br&gt;or DTSEN</source>
            <translation>Bantuan sosial&lt;br&gt;atau DTSEN</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>Other or not recorded</source>
            <translation>Lainnya atau tidak tercatat</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Berhasil dihubungi</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Bekerja</translation>
        </message>
        <message>
            <source>In business</source>
            <translation>Menjalankan usaha</translation>
        </message>
        <message>
            <source>Uses the skill</source>
            <translation>Menggunakan keterampilan</translation>
        </message>
        <message>
            <source>Needs help</source>
            <translation>Perlu bantuan</translation>
        </message>
        <message>
            <source>How the centre is doing: registrations, cohorts, attendance, results and what the training changed. Figures only.</source>
            <translation>Gambaran kinerja lembaga: pendaftaran, angkatan, kehadiran, hasil, dan perubahan yang dibawa pelatihan. Hanya angka.</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Periode</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Dari</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>Hari pertama periode</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hingga</translation>
        </message>
        <message>
            <source>Last day of the period</source>
            <translation>Hari terakhir periode</translation>
        </message>
        <message>
            <source>Pro&amp;gramme</source>
            <translation>Pro&amp;gram</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>&amp;Branch</source>
            <translation>&amp;Cabang</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Cabang</translation>
        </message>
        <message>
            <source>&amp;Sponsor</source>
            <translation>&amp;Sponsor</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>Figures and charts</source>
            <translation>Angka dan grafik</translation>
        </message>
    </context>
    <context>
        <name>DataRequestDialog</name>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Catat</translation>
        </message>
        <message>
            <source>%1 (3 × 24 hours after it was received)</source>
            <translation>%1 (3 × 24 jam setelah diterima)</translation>
        </message>
        <message>
            <source>%1 — already past: answer today</source>
            <translation>%1 — sudah lewat: jawab hari ini</translation>
        </message>
        <message>
            <source>Find the person and choose them from the list.</source>
            <translation>Cari orangnya, lalu pilih dari daftar.</translation>
        </message>
        <message>
            <source>Record a request</source>
            <translation>Catat permintaan</translation>
        </message>
        <message>
            <source>A person asks about their own data. Record the request when it arrives: the centre answers within 3 × 24 hours.</source>
            <translation>Seseorang menanyakan data pribadinya sendiri. Catat permintaan saat permintaan itu masuk: lembaga menjawab dalam 3 × 24 jam.</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Orang:</translation>
        </message>
        <message>
            <source>&amp;Request:</source>
            <translation>&amp;Permintaan:</translation>
        </message>
        <message>
            <source>What the person asks for</source>
            <translation>Apa yang diminta orang ini</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Rincian:</translation>
        </message>
        <message>
            <source>Details of the request</source>
            <translation>Rincian permintaan</translation>
        </message>
        <message>
            <source>What exactly they asked, how (in person, letter, phone), and anything agreed.</source>
            <translation>Apa persisnya yang diminta, caranya (datang langsung, surat, telepon), dan apa pun yang sudah disepakati.</translation>
        </message>
        <message>
            <source>Recei&amp;ved:</source>
            <translation>&amp;Diterima:</translation>
        </message>
        <message>
            <source>Day the request was received</source>
            <translation>Tanggal permintaan diterima</translation>
        </message>
        <message>
            <source>Time the request was received</source>
            <translation>Jam permintaan diterima</translation>
        </message>
        <message>
            <source>Due by:</source>
            <translation>Jatuh tempo:</translation>
        </message>
        <message>
            <source>When the answer is due</source>
            <translation>Batas waktu untuk menjawab</translation>
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
            <source>One desk: a database file on this computer. Several desks: the address of the centre's PostgreSQL server, e.g. postgresql+psycopg://pelita@192.168.1.10/pelita</source>
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
        <name>DbPasswordDialog</name>
        <message>
            <source>The database server %1 asks for the password of the user %2 (database %3).</source>
            <translation>Server basis data %1 meminta kata sandi pengguna %2 (basis data %3).</translation>
        </message>
        <message>
            <source>Anyone who uses this computer's account can then open the database.</source>
            <translation>Siapa pun yang memakai akun komputer ini nantinya dapat membuka basis data.</translation>
        </message>
        <message>
            <source>This computer has no system keyring, so Pelita keeps the password only until it closes and asks for it again at the next start.</source>
            <translation>Komputer ini tidak memiliki penyimpanan kata sandi sistem (keyring), jadi Pelita hanya menyimpan kata sandi sampai Pelita ditutup dan akan memintanya lagi saat dibuka berikutnya.</translation>
        </message>
        <message>
            <source>Database password</source>
            <translation>Kata sandi basis data</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>&amp;Remember it on this computer (in the system keyring)</source>
            <translation>&amp;Ingat di komputer ini (di penyimpanan kata sandi sistem/keyring)</translation>
        </message>
    </context>
    <context>
        <name>DemandDialog</name>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Ekspor…</translation>
        </message>
        <message>
            <source>All regencies and cities</source>
            <translation>Semua kabupaten/kota</translation>
        </message>
        <message>
            <source>All districts</source>
            <translation>Semua kecamatan</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Menghitung…</translation>
        </message>
        <message>
            <source>Nobody registered with these filters stated which training they want. The wishes are asked on the intake form (needs analysis).</source>
            <translation>Tidak ada pendaftar dengan filter ini yang menyebutkan pelatihan yang diinginkan. Kebutuhan pelatihan ditanyakan di formulir pendaftaran (analisis kebutuhan).</translation>
        </message>
        <message>
            <source>%1 people asked for at least one programme; %2 of them are still waiting for one of their wishes; %3 ask for a programme with no cohort planned.</source>
            <translation>%1 orang meminati setidaknya satu program; %2 di antaranya masih menunggu salah satu pelatihan yang diinginkan; %3 meminati program yang belum ada rencana angkatannya.</translation>
        </message>
        <message>
            <source>Choose a programme to see its villages.</source>
            <translation>Pilih program untuk melihat desa/kelurahan peminatnya.</translation>
        </message>
        <message>
            <source>Villages asking most for %1:</source>
            <translation>Desa/kelurahan dengan peminat terbanyak untuk %1:</translation>
        </message>
        <message>
            <source>Nobody asks for %1 with these filters.</source>
            <translation>Tidak ada peminat %1 dengan filter ini.</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>training-demand</source>
            <translation>kebutuhan-pelatihan</translation>
        </message>
        <message>
            <source>Export the demand for training</source>
            <translation>Ekspor kebutuhan pelatihan</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Menulis %1…</translation>
        </message>
        <message>
            <source>Saved as %1.</source>
            <translation>Disimpan sebagai %1.</translation>
        </message>
        <message>
            <source>Demand for training</source>
            <translation>Kebutuhan pelatihan</translation>
        </message>
        <message>
            <source>Which programmes people ask for in the needs analysis of their intake form, by target group and village, to plan the next cohorts. Waiting: asking and not yet applied, accepted, on the waitlist, in training or completed in that programme. Figures only.</source>
            <translation>Program yang diminati orang dalam analisis kebutuhan di formulir pendaftaran mereka, menurut kelompok sasaran dan desa/kelurahan, untuk merencanakan angkatan berikutnya. Menunggu: berminat dan belum mendaftar, diterima, masuk daftar tunggu, sedang mengikuti pelatihan, atau lulus di program itu. Hanya angka.</translation>
        </message>
        <message>
            <source>Registered &amp;from:</source>
            <translation>Terdaftar &amp;sejak:</translation>
        </message>
        <message>
            <source>Registered from</source>
            <translation>Terdaftar sejak</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>s&amp;ampai:</translation>
        </message>
        <message>
            <source>Registered until</source>
            <translation>Terdaftar sampai</translation>
        </message>
        <message>
            <source>&amp;Regency or city:</source>
            <translation>&amp;Kabupaten/kota:</translation>
        </message>
        <message>
            <source>&amp;District:</source>
            <translation>Ke&amp;camatan:</translation>
        </message>
        <message>
            <source>First &amp;choice only</source>
            <translation>Hanya &amp;pilihan pertama</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Tampilkan</translation>
        </message>
        <message>
            <source>Demand per programme</source>
            <translation>Kebutuhan pelatihan per program</translation>
        </message>
        <message>
            <source>Villages asking most</source>
            <translation>Desa/kelurahan dengan peminat terbanyak</translation>
        </message>
    </context>
    <context>
        <name>DemandModel</name>
        <message>
            <source>No group</source>
            <translation>Tanpa kelompok sasaran</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Asking</source>
            <translation>Peminat</translation>
        </message>
        <message>
            <source>First choice</source>
            <translation>Pilihan pertama</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <source>Next cohort</source>
            <translation>Angkatan berikutnya</translation>
        </message>
        <message>
            <source>People asking for the programme in this target group</source>
            <translation>Peminat program ini dalam kelompok sasaran ini</translation>
        </message>
        <message>
            <source>%1 of them waiting</source>
            <translation>%1 di antaranya menunggu</translation>
        </message>
        <message>
            <source>Archived: no longer offered, but people still ask for it.</source>
            <translation>Diarsipkan: tidak ditawarkan lagi, tetapi masih ada peminatnya.</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (diarsipkan)</translation>
        </message>
        <message>
            <source>⚠ None planned</source>
            <translation>⚠ Belum direncanakan</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Direncanakan</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Already registered?</source>
            <translation>Sudah terdaftar?</translation>
        </message>
        <message>
            <source>This person may already be registered. Compare each person below with the one at the desk (ask for the KTP or the family card), then decide.</source>
            <translation>Orang ini mungkin sudah terdaftar. Bandingkan setiap orang di bawah dengan orang yang ada di meja (minta KTP atau Kartu Keluarga), lalu putuskan.</translation>
        </message>
        <message>
            <source>People who may be the same</source>
            <translation>Orang yang mungkin sama</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Desa/kelurahan</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>Why they may be the same</source>
            <translation>Mengapa mungkin sama</translation>
        </message>
        <message>
            <source>The same person: nothing new is saved and their record opens. A different person: the new record is saved, and that decision is kept for every person listed.</source>
            <translation>Orang yang sama: tidak ada data baru yang disimpan dan datanya dibuka. Orang yang berbeda: data baru disimpan, dan keputusan itu dicatat untuk setiap orang dalam daftar.</translation>
        </message>
        <message>
            <source>This is the &amp;same person</source>
            <translation>Ini orang yang &amp;sama</translation>
        </message>
        <message>
            <source>A &amp;different person</source>
            <translation>Orang yang &amp;berbeda</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>&amp;Enrol</source>
            <translation>&amp;Daftarkan</translation>
        </message>
        <message>
            <source>the participant</source>
            <translation>peserta</translation>
        </message>
        <message>
            <source>a cohort</source>
            <translation>sebuah angkatan</translation>
        </message>
        <message>
            <source>Enrol %1</source>
            <translation>Daftarkan %1</translation>
        </message>
        <message>
            <source>Enrol %1 in %2.</source>
            <translation>Daftarkan %1 ke %2.</translation>
        </message>
        <message>
            <source>No cohort takes enrolments now: an administrator opens one first.</source>
            <translation>Belum ada angkatan yang menerima pendaftaran: administrator perlu membukanya dulu.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Memeriksa…</translation>
        </message>
        <message>
            <source>Choose the participant from the list.</source>
            <translation>Pilih peserta dari daftar.</translation>
        </message>
        <message>
            <source>Choose the cohort to enrol in.</source>
            <translation>Pilih angkatan tujuan.</translation>
        </message>
        <message>
            <source>Give the reason for enrolling %1 although the programme's rules refuse them; it is kept in the audit log.</source>
            <translation>Isi alasan mendaftarkan %1 walaupun aturan program menolaknya; alasan disimpan di log audit.</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Ditolak: %1</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Peringatan: %1</translation>
        </message>
        <message>
            <source>Choose the participant and the cohort to see the check.</source>
            <translation>Pilih peserta dan angkatan untuk melihat hasil pemeriksaan.</translation>
        </message>
        <message>
            <source>Meets every rule of the programme.</source>
            <translation>Memenuhi semua aturan program.</translation>
        </message>
        <message>
            <source>A seat is free (%1 of %2): %3 will be accepted.</source>
            <translation>Ada kursi kosong (%1 dari %2): %3 akan diterima.</translation>
        </message>
        <message>
            <source>The cohort is full (%1 seats, %2 waiting): %3 will go on the waitlist, in the order of priority, and is offered a seat when one frees.</source>
            <translation>Angkatan sudah penuh (%1 kursi, %2 menunggu): %3 masuk daftar tunggu menurut urutan prioritas, dan ditawari kursi bila ada yang kosong.</translation>
        </message>
        <message>
            <source>%2 people are waiting for this cohort: %3 joins the waitlist in the order of priority, and free seats are offered from its top.</source>
            <translation>%2 orang menunggu angkatan ini: %3 masuk daftar tunggu menurut urutan prioritas, dan kursi kosong ditawarkan dari urutan teratas.</translation>
        </message>
        <message>
            <source>Enrolled %1 in %2, with a seat.</source>
            <translation>%1 terdaftar di %2, dengan kursi.</translation>
        </message>
        <message>
            <source>%1 is on the waitlist of %2.</source>
            <translation>%1 masuk daftar tunggu %2.</translation>
        </message>
        <message>
            <source>Enrol in a cohort</source>
            <translation>Daftarkan ke angkatan</translation>
        </message>
        <message>
            <source>Who and where</source>
            <translation>Siapa dan ke mana</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>Find the participant</source>
            <translation>Cari peserta</translation>
        </message>
        <message>
            <source>Finds a name or NIK while you type. Down arrow: to the list.</source>
            <translation>Mencari nama atau NIK selagi Anda mengetik. Panah bawah: ke daftar.</translation>
        </message>
        <message>
            <source>Name or NIK…</source>
            <translation>Nama atau NIK…</translation>
        </message>
        <message>
            <source>Participants found</source>
            <translation>Peserta yang ditemukan</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Cohorts that take enrolments (planned, open or running):</source>
            <translation>Angkatan yang menerima pendaftaran (direncanakan, dibuka atau berjalan):</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Check before enrolling</source>
            <translation>Pemeriksaan sebelum mendaftarkan</translation>
        </message>
        <message>
            <source>The programme's rules</source>
            <translation>Aturan program</translation>
        </message>
        <message>
            <source>Seat or waitlist</source>
            <translation>Kursi atau daftar tunggu</translation>
        </message>
        <message>
            <source>&amp;Reason for enrolling despite the rules (kept in the audit log):</source>
            <translation>&amp;Alasan mendaftarkan walaupun ditolak aturan (disimpan di log audit):</translation>
        </message>
        <message>
            <source>Reason for the override</source>
            <translation>Alasan pengecualian</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentStatusDialog</name>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Ubah</translation>
        </message>
        <message>
            <source>%1: the enrolment is now “%2”.</source>
            <translation>%1: pendaftaran sekarang “%2”.</translation>
        </message>
        <message>
            <source>This enrolment has ended; its status no longer changes.</source>
            <translation>Pendaftaran ini sudah berakhir; statusnya tidak dapat diubah lagi.</translation>
        </message>
        <message>
            <source>Required: why the participant dropped out.</source>
            <translation>Wajib: mengapa peserta keluar.</translation>
        </message>
        <message>
            <source>Optional; kept in the enrolment's history.</source>
            <translation>Tidak wajib; disimpan di riwayat pendaftaran.</translation>
        </message>
        <message>
            <source>A seat is free in the cohort. Offer it to %1? First on the waitlist with %2 points: %3.</source>
            <translation>Ada kursi kosong di angkatan ini. Tawarkan kepada %1? Pertama di daftar tunggu dengan %2 poin: %3.</translation>
        </message>
        <message>
            <source>&amp;Give the seat to %1</source>
            <translation>&amp;Berikan kursi kepada %1</translation>
        </message>
        <message>
            <source>Change the enrolment's status</source>
            <translation>Ubah status pendaftaran</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Pendaftaran</translation>
        </message>
        <message>
            <source>New &amp;status:</source>
            <translation>&amp;Status baru:</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Status baru</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Offer of the freed seat</source>
            <translation>Tawaran kursi yang kosong</translation>
        </message>
        <message>
            <source>&amp;Give the seat</source>
            <translation>&amp;Berikan kursi</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Nanti saja</translation>
        </message>
        <message>
            <source>The seat stays free; offer it later from the cohort's waitlist</source>
            <translation>Kursi tetap kosong; tawarkan nanti dari daftar tunggu angkatan</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentsModel</name>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Mendaftar</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>No attendance marked yet</source>
            <translation>Belum ada kehadiran yang diisi</translation>
        </message>
        <message>
            <source>Present at %1 of %2 marked sessions</source>
            <translation>Hadir di %1 dari %2 sesi yang diisi</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Alasan: %1</translation>
        </message>
        <message>
            <source>Enrolled despite the programme's rules: %1</source>
            <translation>Didaftarkan walaupun ditolak aturan program: %1</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <source>All (3, 6 and 12)</source>
            <translation>Semua (3, 6 dan 12)</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 bulan</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>Semua program</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <source>Nobody is due a call.</source>
            <translation>Tidak ada yang perlu ditelepon saat ini.</translation>
        </message>
        <message>
            <source>1 call to make</source>
            <translation>1 panggilan perlu dilakukan</translation>
        </message>
        <message>
            <source>%1 calls to make</source>
            <translation>%1 panggilan perlu dilakukan</translation>
        </message>
        <message>
            <source>Recorded the call with %1: reached.</source>
            <translation>Panggilan dengan %1 dicatat: berhasil dihubungi.</translation>
        </message>
        <message>
            <source>Recorded the call with %1: not reached (attempt %2).</source>
            <translation>Panggilan dengan %1 dicatat: tidak berhasil dihubungi (percobaan ke-%2).</translation>
        </message>
        <message>
            <source>Saved the call list as %1.</source>
            <translation>Daftar panggilan disimpan sebagai %1.</translation>
        </message>
        <message>
            <source>Follow-up calls</source>
            <translation>Panggilan tindak lanjut</translation>
        </message>
        <message>
            <source>Follow-up call list</source>
            <translation>Daftar panggilan tindak lanjut</translation>
        </message>
        <message>
            <source>Export the call list</source>
            <translation>Ekspor daftar panggilan</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>People who completed a training are called 3, 6 and 12 months after it ended, if they agreed to follow-up contact. Someone stays on the list until reached or until the next call is due.</source>
            <translation>Lulusan pelatihan ditelepon 3, 6 dan 12 bulan setelah pelatihan berakhir, jika mereka bersedia dihubungi untuk tindak lanjut. Seseorang tetap ada di daftar sampai berhasil dihubungi atau sampai tiba jadwal panggilan berikutnya.</translation>
        </message>
        <message>
            <source>Calls and outcomes</source>
            <translation>Panggilan dan hasil</translation>
        </message>
        <message>
            <source>Calls to make</source>
            <translation>Panggilan yang perlu dilakukan</translation>
        </message>
        <message>
            <source>&amp;Months after the training:</source>
            <translation>&amp;Bulan setelah pelatihan:</translation>
        </message>
        <message>
            <source>Which follow-up call</source>
            <translation>Panggilan tindak lanjut yang ditampilkan</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Program:</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>People to call</source>
            <translation>Orang yang perlu ditelepon</translation>
        </message>
        <message>
            <source>&amp;Record call…</source>
            <translation>&amp;Catat panggilan…</translation>
        </message>
        <message>
            <source>Record a call with the selected person</source>
            <translation>Catat panggilan dengan orang yang dipilih</translation>
        </message>
        <message>
            <source>&amp;Print call list…</source>
            <translation>Cetak &amp;daftar panggilan…</translation>
        </message>
        <message>
            <source>Print the call list</source>
            <translation>Cetak daftar panggilan</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Ekspor…</translation>
        </message>
        <message>
            <source>Export the call list to Excel</source>
            <translation>Ekspor daftar panggilan ke Excel</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Hasil</translation>
        </message>
    </context>
    <context>
        <name>GiftLines</name>
        <message>
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <source>Kept at</source>
            <translation>Disimpan di</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Estimated value</source>
            <translation>Perkiraan nilai</translation>
        </message>
        <message>
            <source>Item given</source>
            <translation>Barang yang diberikan</translation>
        </message>
        <message>
            <source>Place it is kept</source>
            <translation>Tempat penyimpanan</translation>
        </message>
        <message>
            <source>Estimated value in rupiah</source>
            <translation>Perkiraan nilai dalam rupiah</translation>
        </message>
        <message>
            <source>(choose an item)</source>
            <translation>(pilih barang)</translation>
        </message>
        <message>
            <source>Total value: %1</source>
            <translation>Nilai total: %1</translation>
        </message>
    </context>
    <context>
        <name>GovernmentReportDialog</name>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Simpan…</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>Semua program</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>training-report</source>
            <translation>laporan-pelatihan</translation>
        </message>
        <message>
            <source>Save the report for the government office</source>
            <translation>Simpan laporan untuk dinas</translation>
        </message>
        <message>
            <source>Report for the government office</source>
            <translation>Laporan untuk dinas</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Menulis %1…</translation>
        </message>
        <message>
            <source>Making the report…</source>
            <translation>Membuat laporan…</translation>
        </message>
        <message>
            <source>Saved the report as %1.</source>
            <translation>Laporan disimpan sebagai %1.</translation>
        </message>
        <message>
            <source>No cohort ran in this period.</source>
            <translation>Tidak ada angkatan yang berjalan pada periode ini.</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Tidak dapat membaca %1: %2</translation>
        </message>
        <message>
            <source>Report for the local government office</source>
            <translation>Laporan untuk dinas pemerintah daerah</translation>
        </message>
        <message>
            <source>The participants trained in the period per programme, by sex, age, disability and result, with the certificates issued and the people by regency of residence: the report for the local government office (Dinas). Figures only: no participant's name, NIK, phone or address.</source>
            <translation>Peserta yang dilatih pada periode ini per program, menurut jenis kelamin, umur, disabilitas, dan hasil, beserta sertifikat yang diterbitkan dan peserta menurut kabupaten/kota tempat tinggal: laporan untuk dinas pemerintah daerah. Hanya angka: tanpa nama, NIK, telepon, atau alamat peserta.</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>s&amp;ampai:</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>P&amp;rogramme:</source>
            <translation>P&amp;rogram:</translation>
        </message>
        <message>
            <source>Programme of the report</source>
            <translation>Program yang dilaporkan</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Bahasa laporan</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>&amp;PDF, to print and send</source>
            <translation>&amp;PDF, untuk dicetak dan dikirim</translation>
        </message>
        <message>
            <source>&amp;Excel workbook (xlsx)</source>
            <translation>Buku kerja &amp;Excel (xlsx)</translation>
        </message>
        <message>
            <source>&amp;CSV file</source>
            <translation>Berkas &amp;CSV</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>&amp;Tampilkan</translation>
        </message>
        <message>
            <source>Show the report in Pelita</source>
            <translation>Tampilkan laporan di Pelita</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>B&amp;uka</translation>
        </message>
        <message>
            <source>Open the report with its program</source>
            <translation>Buka laporan dengan programnya</translation>
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <source>&amp;Hand over</source>
            <translation>&amp;Serahkan</translation>
        </message>
        <message>
            <source>Nothing is in stock to hand over.</source>
            <translation>Tidak ada stok yang dapat diserahterimakan.</translation>
        </message>
        <message>
            <source>(%1 there)</source>
            <translation>(tersedia %1)</translation>
        </message>
        <message>
            <source>Choose what to hand over.</source>
            <translation>Pilih barang yang akan diserahterimakan.</translation>
        </message>
        <message>
            <source>Find the participant and choose them from the list.</source>
            <translation>Cari pesertanya, lalu pilih dari daftar.</translation>
        </message>
        <message>
            <source>Choose the place it leaves from.</source>
            <translation>Pilih tempat asal barang.</translation>
        </message>
        <message>
            <source>Handed over. Handover record %1: print it for both to sign.</source>
            <translation>Sudah diserahterimakan. Berita acara serah terima %1: cetak untuk ditandatangani kedua pihak.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Hand over for good</source>
            <translation>Serah terima barang</translation>
        </message>
        <message>
            <source>Give equipment or a starter kit's materials to a participant for good. The handover record (berita acara serah terima) gets the next number and can be printed for both to sign.</source>
            <translation>Serahkan peralatan atau bahan paket usaha (starter kit) kepada peserta untuk dimiliki. Berita acara serah terima (BAST) mendapat nomor berikutnya dan dapat dicetak untuk ditandatangani kedua pihak.</translation>
        </message>
        <message>
            <source>What handing over does</source>
            <translation>Penjelasan serah terima</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <translation>&amp;Barang:</translation>
        </message>
        <message>
            <source>Item to hand over</source>
            <translation>Barang yang diserahterimakan</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Jumlah:</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Available at the place</source>
            <translation>Tersedia di tempat itu</translation>
        </message>
        <message>
            <source>&amp;Participant:</source>
            <translation>&amp;Peserta:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <source>The place it leaves from</source>
            <translation>Tempat asal barang</translation>
        </message>
        <message>
            <source>&amp;Handed over on:</source>
            <translation>&amp;Tanggal serah terima:</translation>
        </message>
        <message>
            <source>Handed over on</source>
            <translation>Tanggal serah terima</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>The handover saved</source>
            <translation>Serah terima yang tersimpan</translation>
        </message>
        <message>
            <source>Print the handover record</source>
            <translation>Cetak berita acara serah terima</translation>
        </message>
        <message>
            <source>&amp;Print handover record…</source>
            <translation>Ceta&amp;k berita acara…</translation>
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Simpan sebagai…</translation>
        </message>
        <message>
            <source>Save a copy of the document</source>
            <translation>Simpan salinan dokumen</translation>
        </message>
        <message>
            <source>Images (*%1)</source>
            <translation>Gambar (*%1)</translation>
        </message>
        <message>
            <source>Document: %1</source>
            <translation>Dokumen: %1</translation>
        </message>
    </context>
    <context>
        <name>ImpactReportDialog</name>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Simpan…</translation>
        </message>
        <message>
            <source>Impact report: %1</source>
            <translation>Laporan dampak: %1</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>impact-report</source>
            <translation>laporan-dampak</translation>
        </message>
        <message>
            <source>Save the impact report</source>
            <translation>Simpan laporan dampak</translation>
        </message>
        <message>
            <source>Making the report…</source>
            <translation>Membuat laporan…</translation>
        </message>
        <message>
            <source>Sponsor impact report</source>
            <translation>Laporan dampak sponsor</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Menulis %1…</translation>
        </message>
        <message>
            <source>Saved the report as %1.</source>
            <translation>Laporan disimpan sebagai %1.</translation>
        </message>
        <message>
            <source>Nothing was recorded for this sponsor in this period.</source>
            <translation>Tidak ada yang tercatat untuk sponsor ini pada periode ini.</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 tidak dapat dibaca: %2</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Participant lists (*.xlsx *.csv)</source>
            <translation>Daftar peserta (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>Choose the participant list</source>
            <translation>Pilih daftar peserta</translation>
        </message>
        <message>
            <source>1. Choose the list</source>
            <translation>1. Pilih daftar</translation>
        </message>
        <message>
            <source>2. Which column holds what</source>
            <translation>2. Kolom mana berisi apa</translation>
        </message>
        <message>
            <source>3. Check the rows</source>
            <translation>3. Periksa baris</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Sudah diimpor</translation>
        </message>
        <message>
            <source>Import all or nothing is possible once no row has an error: save the rows with errors, fix them in the file and choose it again.</source>
            <translation>Impor semua atau tidak sama sekali baru bisa jika tidak ada baris yang salah: simpan baris yang salah, perbaiki di berkas, lalu pilih berkasnya lagi.</translation>
        </message>
        <message>
            <source>Register every row, or nobody if one fails</source>
            <translation>Daftarkan semua baris, atau tidak seorang pun jika ada yang gagal</translation>
        </message>
        <message>
            <source>Reading and checking %1…</source>
            <translation>Membaca dan memeriksa %1…</translation>
        </message>
        <message>
            <source>%1 ok, %2 with warnings, %3 with errors</source>
            <translation>%1 baik, %2 dengan peringatan, %3 dengan kesalahan</translation>
        </message>
        <message>
            <source>Registering the participants…</source>
            <translation>Mendaftarkan peserta…</translation>
        </message>
        <message>
            <source>%1 participants registered, %2 rows skipped.</source>
            <translation>%1 peserta didaftarkan, %2 baris dilewati.</translation>
        </message>
        <message>
            <source>list</source>
            <translation>daftar</translation>
        </message>
        <message>
            <source>%1 - rows with errors.xlsx</source>
            <translation>%1 - baris yang salah.xlsx</translation>
        </message>
        <message>
            <source>Save the rows with errors</source>
            <translation>Simpan baris yang salah</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved %1 rows with errors to %2</source>
            <translation>%1 baris yang salah disimpan ke %2</translation>
        </message>
        <message>
            <source>participant-list-template.xlsx</source>
            <translation>templat-daftar-peserta.xlsx</translation>
        </message>
        <message>
            <source>Save the import template</source>
            <translation>Simpan templat impor</translation>
        </message>
        <message>
            <source>Saved the template to %2</source>
            <translation>Templat disimpan ke %2</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <source>Import participants from a list</source>
            <translation>Impor peserta dari daftar</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Langkah</translation>
        </message>
        <message>
            <source>A list from a village office, an NGO or a sponsor, as an Excel workbook (.xlsx) or a CSV file. Nothing is registered until you have checked the rows and chosen to import them.</source>
            <translation>Daftar dari kantor desa, LSM atau sponsor, berupa buku kerja Excel (.xlsx) atau berkas CSV. Belum ada yang didaftarkan sebelum Anda memeriksa baris-barisnya dan memilih untuk mengimpor.</translation>
        </message>
        <message>
            <source>About importing</source>
            <translation>Tentang impor</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Berkas:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>&amp;Choose the file…</source>
            <translation>&amp;Pilih berkas…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Pilih berkas</translation>
        </message>
        <message>
            <source>Choose the participant list to import (.xlsx or .csv)</source>
            <translation>Pilih daftar peserta yang akan diimpor (.xlsx atau .csv)</translation>
        </message>
        <message>
            <source>Problem with the file</source>
            <translation>Masalah pada berkas</translation>
        </message>
        <message>
            <source>Notes on the file</source>
            <translation>Catatan tentang berkas</translation>
        </message>
        <message>
            <source>&amp;Enrol them into cohort:</source>
            <translation>&amp;Daftarkan ke angkatan:</translation>
        </message>
        <message>
            <source>Cohort to enrol them into</source>
            <translation>Angkatan tujuan pendaftaran</translation>
        </message>
        <message>
            <source>Optional: a cohort that takes enrolments. The people of the list are registered and enrolled in it.</source>
            <translation>Pilihan: angkatan yang menerima pendaftaran. Orang-orang dalam daftar didaftarkan sebagai peserta dan ke angkatan itu.</translation>
        </message>
        <message>
            <source>With a cohort, the new people are registered first; people already registered (same NIK) are enrolled as they are. A full cohort puts them on its waitlist.</source>
            <translation>Dengan angkatan, orang baru didaftarkan lebih dulu; orang yang sudah terdaftar (NIK sama) didaftarkan ke angkatan apa adanya. Angkatan yang penuh menempatkan mereka di daftar tunggu.</translation>
        </message>
        <message>
            <source>About enrolling into a cohort</source>
            <translation>Tentang pendaftaran ke angkatan</translation>
        </message>
        <message>
            <source>No list yet? The template has the columns Pelita reads, with dropdowns and text-formatted NIK and phone columns.</source>
            <translation>Belum punya daftar? Templat berisi kolom yang dibaca Pelita, dengan pilihan tarik-turun dan kolom NIK serta HP berformat teks.</translation>
        </message>
        <message>
            <source>About the template</source>
            <translation>Tentang templat</translation>
        </message>
        <message>
            <source>&amp;Download the import template…</source>
            <translation>&amp;Unduh templat impor…</translation>
        </message>
        <message>
            <source>Download the import template</source>
            <translation>Unduh templat impor</translation>
        </message>
        <message>
            <source>Save an empty list (xlsx) to send to village offices and sponsors</source>
            <translation>Simpan daftar kosong (xlsx) untuk dikirim ke kantor desa dan sponsor</translation>
        </message>
        <message>
            <source>Which field each column of the list holds. Pelita guessed from the headings; change what it got wrong, or choose (ignore) for a column to leave out.</source>
            <translation>Isian yang ada di setiap kolom daftar. Pelita menebak dari judul kolom; ubah yang keliru, atau pilih (abaikan) untuk kolom yang tidak dipakai.</translation>
        </message>
        <message>
            <source>About the columns</source>
            <translation>Tentang kolom</translation>
        </message>
        <message>
            <source>Problems with the columns</source>
            <translation>Masalah pada kolom</translation>
        </message>
        <message>
            <source>Columns of the list and their fields</source>
            <translation>Kolom daftar dan isiannya</translation>
        </message>
        <message>
            <source>Rows checked</source>
            <translation>Baris yang diperiksa</translation>
        </message>
        <message>
            <source>Rows of the list and their check</source>
            <translation>Baris daftar dan hasil pemeriksaannya</translation>
        </message>
        <message>
            <source>The selected row's check in full</source>
            <translation>Hasil pemeriksaan baris terpilih secara lengkap</translation>
        </message>
        <message>
            <source>&amp;Save the rows with errors…</source>
            <translation>&amp;Simpan baris yang salah…</translation>
        </message>
        <message>
            <source>Save the rows with errors as a workbook with an error column: fix them there and import that file</source>
            <translation>Simpan baris yang salah sebagai buku kerja dengan kolom kesalahan: perbaiki di sana lalu impor berkas itu</translation>
        </message>
        <message>
            <source>%1 – %2 (%3, %4 of %5 seats free)</source>
            <translation>%1 – %2 (%3, %4 dari %5 kursi kosong)</translation>
        </message>
        <message>
            <source>Cohort %5: %1 registered, %2 enrolled, %3 waitlisted, %4 refused.</source>
            <translation>Angkatan %5: %1 didaftarkan, %2 masuk angkatan, %3 di daftar tunggu, %4 ditolak.</translation>
        </message>
        <message>
            <source>%1 rows with errors skipped.</source>
            <translation>%1 baris yang salah dilewati.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Why not enrolled</source>
            <translation>Alasan tidak masuk angkatan</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>Import and enrol the &amp;valid rows</source>
            <translation>Impor dan daftarkan baris yang &amp;benar</translation>
        </message>
        <message>
            <source>Import and enrol &amp;all or nothing</source>
            <translation>Impor dan daftarkan &amp;semua atau tidak sama sekali</translation>
        </message>
        <message>
            <source>Stop: while registering, nobody is registered; once enrolling, the people enrolled so far stay enrolled</source>
            <translation>Hentikan: selama pendaftaran peserta, tidak ada yang didaftarkan; setelah mulai masuk angkatan, yang sudah masuk tetap terdaftar</translation>
        </message>
        <message>
            <source>Import the &amp;valid rows</source>
            <translation>Impor baris yang &amp;benar</translation>
        </message>
        <message>
            <source>Registering the participants and enrolling them in %1…</source>
            <translation>Mendaftarkan peserta dan memasukkan mereka ke %1…</translation>
        </message>
        <message>
            <source>Import the valid rows</source>
            <translation>Impor baris yang benar</translation>
        </message>
        <message>
            <source>Register the rows that are ok or have warnings; the rows with errors are skipped</source>
            <translation>Daftarkan baris yang baik atau berperingatan; baris yang salah dilewati</translation>
        </message>
        <message>
            <source>Import &amp;all or nothing</source>
            <translation>Impor &amp;semua atau tidak sama sekali</translation>
        </message>
        <message>
            <source>Import all or nothing</source>
            <translation>Impor semua atau tidak sama sekali</translation>
        </message>
        <message>
            <source>Register every row, or nobody if a row has an error</source>
            <translation>Daftarkan semua baris, atau tidak seorang pun jika ada baris yang salah</translation>
        </message>
        <message>
            <source>Why all or nothing is not possible</source>
            <translation>Mengapa semua atau tidak sama sekali tidak bisa</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>Not enrolled:</source>
            <translation>Tidak masuk angkatan:</translation>
        </message>
        <message>
            <source>People not enrolled</source>
            <translation>Orang yang tidak masuk angkatan</translation>
        </message>
        <message>
            <source>People of the list not enrolled, and why</source>
            <translation>Orang dalam daftar yang tidak masuk angkatan, dan alasannya</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <source>Ca&amp;ncel</source>
            <translation>&amp;Batal</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Stop: nothing is registered</source>
            <translation>Hentikan: tidak ada yang didaftarkan</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Kembali</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Kembali ke langkah sebelumnya</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Lanjut</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Langkah berikutnya</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <source>ok</source>
            <translation>baik</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>peringatan</translation>
        </message>
        <message>
            <source>error</source>
            <translation>salah</translation>
        </message>
        <message>
            <source>%1 (participant %2)</source>
            <translation>%1 (peserta %2)</translation>
        </message>
        <message>
            <source>%1 (row %2)</source>
            <translation>%1 (baris %2)</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Periksa</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>NIK (as in the list)</source>
            <translation>NIK (sesuai daftar)</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Kemungkinan ganda</translation>
        </message>
        <message>
            <source>Row %1:</source>
            <translation>Baris %1:</translation>
        </message>
    </context>
    <context>
        <name>InactiveTableModel</name>
        <message>
            <source>Person</source>
            <translation>Orang</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Aktivitas terakhir</translation>
        </message>
        <message>
            <source>What it was</source>
            <translation>Jenis aktivitas</translation>
        </message>
    </context>
    <context>
        <name>InventoryActions</name>
        <message>
            <source>Stock take recorded.</source>
            <translation>Stock opname dicatat.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 disimpan.</translation>
        </message>
        <message>
            <source>Added a note to %1.</source>
            <translation>Catatan ditambahkan ke %1.</translation>
        </message>
        <message>
            <source>%1 still has %2 in stock. Write it off as damaged or lost, or move it out, before retiring it.</source>
            <translation>Stok %1 masih %2. Hapus sebagai rusak atau hilang, atau pindahkan ke tempat lain, sebelum menghapusbukukannya.</translation>
        </message>
        <message>
            <source>Retire %1? It leaves the list for good; its history stays in the ledger.</source>
            <translation>Hapus buku %1? Barang ini keluar dari daftar untuk seterusnya; riwayatnya tetap ada di buku mutasi.</translation>
        </message>
        <message>
            <source>Retire item</source>
            <translation>Hapus buku barang</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>&amp;Hapus buku</translation>
        </message>
        <message>
            <source>Retired %1.</source>
            <translation>%1 dihapusbukukan.</translation>
        </message>
        <message>
            <source>Making the labels…</source>
            <translation>Membuat label…</translation>
        </message>
        <message>
            <source>asset-labels.pdf</source>
            <translation>label-aset.pdf</translation>
        </message>
        <message>
            <source>Asset labels</source>
            <translation>Label aset</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Simpan PDF…</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the asset labels</source>
            <translation>Simpan label aset</translation>
        </message>
        <message>
            <source>Saved the labels as %1</source>
            <translation>Label disimpan sebagai %1</translation>
        </message>
    </context>
    <context>
        <name>InventoryDetail</name>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>Kode aset</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Nomor seri</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Kondisi</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Tanggal diterima</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <source>Reorder level</source>
            <translation>Batas pesan ulang</translation>
        </message>
        <message>
            <source>Value of one unit</source>
            <translation>Nilai per satuan</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>Dipinjam</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Retired: kept for the record, no longer in use.</source>
            <translation>Dihapusbukukan: tetap disimpan sebagai catatan, tidak digunakan lagi.</translation>
        </message>
        <message>
            <source>Low on stock: %1 left, reorder at %2.</source>
            <translation>Stok menipis: sisa %1, pesan ulang pada %2.</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Tidak ada.</translation>
        </message>
        <message>
            <source>Stock per place</source>
            <translation>Stok per tempat</translation>
        </message>
        <message>
            <source>Maintenance notes</source>
            <translation>Catatan perawatan</translation>
        </message>
        <message>
            <source>Latest movements</source>
            <translation>Mutasi terakhir</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Mutasi</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Dicatat oleh</translation>
        </message>
    </context>
    <context>
        <name>InventoryExport</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the inventory</source>
            <translation>Ekspor inventaris</translation>
        </message>
        <message>
            <source>Exporting the inventory…</source>
            <translation>Mengekspor inventaris…</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Menulis %1…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <source>Exported 1 item to %2</source>
            <translation>1 barang diekspor ke %2</translation>
        </message>
        <message>
            <source>Exported %1 items to %2</source>
            <translation>%1 barang diekspor ke %2</translation>
        </message>
        <message>
            <source>Exported the inventory to %2</source>
            <translation>Inventaris diekspor ke %2</translation>
        </message>
    </context>
    <context>
        <name>InventoryPage</name>
        <message>
            <source>1 item is low on stock</source>
            <translation>1 barang stoknya menipis</translation>
        </message>
        <message>
            <source>%1 items are low on stock</source>
            <translation>%1 barang stoknya menipis</translation>
        </message>
        <message>
            <source>1 loan is overdue</source>
            <translation>1 pinjaman terlambat</translation>
        </message>
        <message>
            <source>%1 loans are overdue</source>
            <translation>%1 pinjaman terlambat</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Semua jenis</translation>
        </message>
        <message>
            <source>All places</source>
            <translation>Semua tempat</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Inventaris</translation>
        </message>
        <message>
            <source>%1 items out on overdue loans</source>
            <translation>%1 barang dalam pinjaman yang terlambat</translation>
        </message>
        <message>
            <source>1 item</source>
            <translation>1 barang</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>%1 barang</translation>
        </message>
        <message>
            <source>%1 items selected.</source>
            <translation>%1 barang dipilih.</translation>
        </message>
        <message>
            <source>Select an item to see its stock per place, notes and movements.</source>
            <translation>Pilih barang untuk melihat stok per tempat, catatan, dan mutasinya.</translation>
        </message>
        <message>
            <source>Equipment counted one by one and consumables counted in their unit. Stock changes only by a movement: receiving, moving, issuing, lending or writing off.</source>
            <translation>Peralatan dihitung per unit dan bahan habis pakai dihitung dalam satuannya. Stok hanya berubah melalui mutasi: penerimaan, pemindahan, pengeluaran, peminjaman, atau penghapusan.</translation>
        </message>
        <message>
            <source>Things to look at first</source>
            <translation>Yang perlu diperhatikan lebih dulu</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>Search the inventory</source>
            <translation>Cari di inventaris</translation>
        </message>
        <message>
            <source>Finds a name, an asset tag or a serial number</source>
            <translation>Mencari nama, kode aset, atau nomor seri</translation>
        </message>
        <message>
            <source>Name, asset tag or serial number</source>
            <translation>Nama, kode aset, atau nomor seri</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Jenis barang</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Tempat:</translation>
        </message>
        <message>
            <source>Place the items are kept</source>
            <translation>Tempat barang disimpan</translation>
        </message>
        <message>
            <source>Show only items low on stock</source>
            <translation>Tampilkan hanya barang yang stoknya menipis</translation>
        </message>
        <message>
            <source>&amp;Low stock only</source>
            <translation>Hanya stok &amp;menipis</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Barang</translation>
        </message>
        <message>
            <source>The selected item in full</source>
            <translation>Rincian barang yang dipilih</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Barang baru</translation>
        </message>
        <message>
            <source>&amp;New item…</source>
            <translation>&amp;Barang baru…</translation>
        </message>
        <message>
            <source>Edit the item</source>
            <translation>Ubah barang</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <source>Receive stock of the item</source>
            <translation>Terima stok barang ini</translation>
        </message>
        <message>
            <source>&amp;Receive…</source>
            <translation>Te&amp;rima…</translation>
        </message>
        <message>
            <source>Move the item to another place</source>
            <translation>Pindahkan barang ke tempat lain</translation>
        </message>
        <message>
            <source>&amp;Move…</source>
            <translation>&amp;Pindahkan…</translation>
        </message>
        <message>
            <source>Write off damaged or lost stock</source>
            <translation>Hapus stok yang rusak atau hilang</translation>
        </message>
        <message>
            <source>&amp;Write off…</source>
            <translation>&amp;Hapus (rusak/hilang)…</translation>
        </message>
        <message>
            <source>Add a maintenance note</source>
            <translation>Tambah catatan pemeliharaan</translation>
        </message>
        <message>
            <source>Add n&amp;ote…</source>
            <translation>Tambah cat&amp;atan…</translation>
        </message>
        <message>
            <source>Retire the item</source>
            <translation>Hapusbukukan barang</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Hapus bu&amp;ku</translation>
        </message>
        <message>
            <source>Manage the places things are kept</source>
            <translation>Kelola tempat penyimpanan barang</translation>
        </message>
        <message>
            <source>Pl&amp;aces…</source>
            <translation>&amp;Lokasi…</translation>
        </message>
        <message>
            <source>Count a place and record the differences</source>
            <translation>Hitung barang di suatu tempat dan catat selisihnya</translation>
        </message>
        <message>
            <source>Sto&amp;ck take…</source>
            <translation>Stock &amp;opname…</translation>
        </message>
        <message>
            <source>Print asset labels for the selected items</source>
            <translation>Cetak label aset untuk barang yang dipilih</translation>
        </message>
        <message>
            <source>Print la&amp;bels…</source>
            <translation>Cetak lab&amp;el…</translation>
        </message>
        <message>
            <source>Export the inventory</source>
            <translation>Ekspor inventaris</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>Ek&amp;spor…</translation>
        </message>
        <message>
            <source>Show retired items too</source>
            <translation>Tampilkan juga barang yang dihapusbukukan</translation>
        </message>
        <message>
            <source>Show retire&amp;d items</source>
            <translation>Tampilkan barang yang &amp;dihapusbukukan</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
    </context>
    <context>
        <name>InventoryTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>Kode aset</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Nomor seri</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Kondisi</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>Dipinjam</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (dihapusbukukan)</translation>
        </message>
        <message>
            <source>%1 · low</source>
            <translation>%1 · menipis</translation>
        </message>
        <message>
            <source>%1 places</source>
            <translation>%1 tempat</translation>
        </message>
        <message>
            <source>Not in stock</source>
            <translation>Stok kosong</translation>
        </message>
        <message>
            <source>Low on stock: at or below the reorder level of %1.</source>
            <translation>Stok menipis: sama dengan atau di bawah batas pesan ulang %1.</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>New item</source>
            <translation>Barang baru</translation>
        </message>
        <message>
            <source>Edit item</source>
            <translation>Ubah barang</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <source>It has movements in the ledger, so it stays as it is.</source>
            <translation>Barang ini sudah punya mutasi di buku mutasi, jadi tidak dapat diubah.</translation>
        </message>
        <message>
            <source>&amp;Value of one unit (Rp):</source>
            <translation>N&amp;ilai per satuan (Rp):</translation>
        </message>
        <message>
            <source>&amp;Value (Rp):</source>
            <translation>N&amp;ilai (Rp):</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <source>Equipment is tracked one by one with its asset tag; a consumable is counted in its unit. Stock comes in with Receive, never by typing it here.</source>
            <translation>Peralatan dicatat satu per satu dengan kode asetnya; bahan habis pakai dihitung dalam satuannya. Stok masuk lewat “Terima”, tidak pernah diketik di sini.</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <source>Kind of item</source>
            <translation>Jenis barang</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>Item's name</source>
            <translation>Nama barang</translation>
        </message>
        <message>
            <source>Asset &amp;tag:</source>
            <translation>&amp;Kode aset:</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>Kode aset</translation>
        </message>
        <message>
            <source>Leave it blank for the next free tag</source>
            <translation>Kosongkan untuk memakai kode berikutnya yang tersedia</translation>
        </message>
        <message>
            <source>Blank: the next free tag (INV-00012)</source>
            <translation>Kosong: kode berikutnya yang tersedia (INV-00012)</translation>
        </message>
        <message>
            <source>&amp;Serial number:</source>
            <translation>Nomor s&amp;eri:</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Nomor seri</translation>
        </message>
        <message>
            <source>&amp;Condition:</source>
            <translation>K&amp;ondisi:</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Kondisi</translation>
        </message>
        <message>
            <source>The date it was received is known</source>
            <translation>Tanggal penerimaan diketahui</translation>
        </message>
        <message>
            <source>Recei&amp;ved on:</source>
            <translation>&amp;Tanggal terima:</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Tanggal terima</translation>
        </message>
        <message>
            <source>S&amp;ponsor:</source>
            <translation>S&amp;ponsor:</translation>
        </message>
        <message>
            <source>Sponsor who gave it</source>
            <translation>Sponsor yang memberikannya</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Satuan:</translation>
        </message>
        <message>
            <source>Unit it is counted in</source>
            <translation>Satuan hitungnya</translation>
        </message>
        <message>
            <source>&amp;Reorder level:</source>
            <translation>&amp;Batas pesan ulang:</translation>
        </message>
        <message>
            <source>Reorder level</source>
            <translation>Batas pesan ulang</translation>
        </message>
        <message>
            <source>At or below this the item shows as low on stock; blank for never</source>
            <translation>Pada jumlah ini atau kurang, barang ditandai stok menipis; kosongkan jika tidak perlu</translation>
        </message>
        <message>
            <source>e.g. 2,5</source>
            <translation>mis. 2,5</translation>
        </message>
        <message>
            <source>Value in rupiah</source>
            <translation>Nilai dalam rupiah</translation>
        </message>
        <message>
            <source>e.g. 1.500.000</source>
            <translation>mis. 1.500.000</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>Notes about the item</source>
            <translation>Catatan tentang barang</translation>
        </message>
    </context>
    <context>
        <name>ItemNoteDialog</name>
        <message>
            <source>Maintenance note</source>
            <translation>Catatan perawatan</translation>
        </message>
        <message>
            <source>What was done or found: serviced, needle replaced, motor noisy. Notes are kept with the item.</source>
            <translation>Apa yang dilakukan atau ditemukan: diservis, jarum diganti, motor berisik. Catatan disimpan bersama barang.</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Tanggal:</translation>
        </message>
        <message>
            <source>Date of the note</source>
            <translation>Tanggal catatan</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
    </context>
    <context>
        <name>ItemsDialog</name>
        <message>
            <source>There is no place to keep things yet: add one on the Inventory page.</source>
            <translation>Belum ada tempat penyimpanan barang: tambahkan dulu di halaman Inventaris.</translation>
        </message>
    </context>
    <context>
        <name>LeaveKioskDialog</name>
        <message>
            <source>Leave the kiosk</source>
            <translation>Keluar dari layar survei</translation>
        </message>
        <message>
            <source>Staff only. %1, type your password to leave the kiosk.</source>
            <translation>Khusus petugas. %1, ketik kata sandi Anda untuk keluar dari layar survei.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
    </context>
    <context>
        <name>LendDialog</name>
        <message>
            <source>&amp;Lend</source>
            <translation>&amp;Pinjamkan</translation>
        </message>
        <message>
            <source>No equipment is in stock to lend: everything is out.</source>
            <translation>Tidak ada peralatan di stok yang dapat dipinjamkan: semuanya sedang keluar.</translation>
        </message>
        <message>
            <source>Choose the equipment to lend.</source>
            <translation>Pilih peralatan yang akan dipinjamkan.</translation>
        </message>
        <message>
            <source>Find the participant and choose them from the list.</source>
            <translation>Cari pesertanya, lalu pilih dari daftar.</translation>
        </message>
        <message>
            <source>Choose the place it leaves from.</source>
            <translation>Pilih tempat asal barang.</translation>
        </message>
        <message>
            <source>Lend equipment</source>
            <translation>Pinjamkan peralatan</translation>
        </message>
        <message>
            <source>Lend a piece of equipment to a participant until a due date. Only equipment in stock and not out on loan is listed.</source>
            <translation>Pinjamkan satu unit peralatan kepada peserta sampai tanggal jatuh tempo. Hanya peralatan yang ada di stok dan tidak sedang dipinjam yang ditampilkan.</translation>
        </message>
        <message>
            <source>What lending does</source>
            <translation>Penjelasan peminjaman</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <translation>&amp;Barang:</translation>
        </message>
        <message>
            <source>Equipment to lend</source>
            <translation>Peralatan yang dipinjamkan</translation>
        </message>
        <message>
            <source>&amp;Participant:</source>
            <translation>P&amp;eserta:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <source>The place it leaves from</source>
            <translation>Tempat asal barang</translation>
        </message>
        <message>
            <source>&amp;Out on:</source>
            <translation>&amp;Tanggal pinjam:</translation>
        </message>
        <message>
            <source>Out on</source>
            <translation>Tanggal pinjam</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>&amp;Due on:</source>
            <translation>&amp;Jatuh tempo:</translation>
        </message>
        <message>
            <source>Due back on</source>
            <translation>Tanggal jatuh tempo</translation>
        </message>
        <message>
            <source>&amp;Condition:</source>
            <translation>&amp;Kondisi:</translation>
        </message>
        <message>
            <source>Condition as it goes out</source>
            <translation>Kondisi saat dipinjamkan</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
    </context>
    <context>
        <name>LoansPage</name>
        <message>
            <source>Open loans</source>
            <translation>Pinjaman yang belum kembali</translation>
        </message>
        <message>
            <source>Overdue loans</source>
            <translation>Pinjaman terlambat</translation>
        </message>
        <message>
            <source>All, with handovers and returns</source>
            <translation>Semua, termasuk serah terima dan pengembalian</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>Pinjaman</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 catatan</translation>
        </message>
        <message>
            <source>%1 entries</source>
            <translation>%1 catatan</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1 terlambat</translation>
        </message>
        <message>
            <source>Lent %1 to %2.</source>
            <translation>%1 dipinjamkan kepada %2.</translation>
        </message>
        <message>
            <source>%1 is back from %2.</source>
            <translation>%1 sudah dikembalikan oleh %2.</translation>
        </message>
        <message>
            <source>Handed over %1 to %2.</source>
            <translation>%1 diserahterimakan kepada %2.</translation>
        </message>
        <message>
            <source>Handover record %1 — %2</source>
            <translation>Berita acara serah terima %1 — %2</translation>
        </message>
        <message>
            <source>Loans and handovers</source>
            <translation>Pinjaman dan serah terima</translation>
        </message>
        <message>
            <source>Equipment lent to participants until a due date, and things handed over to them for good with a numbered handover record (berita acara serah terima). Overdue loans come first.</source>
            <translation>Peralatan yang dipinjamkan kepada peserta sampai tanggal jatuh tempo, dan barang yang diserahterimakan kepada mereka dengan berita acara serah terima (BAST) bernomor. Pinjaman yang terlambat ditampilkan paling atas.</translation>
        </message>
        <message>
            <source>S&amp;how:</source>
            <translation>&amp;Tampilkan:</translation>
        </message>
        <message>
            <source>Which loans to show</source>
            <translation>Pinjaman yang ditampilkan</translation>
        </message>
        <message>
            <source>Lend equipment to a participant</source>
            <translation>Pinjamkan peralatan kepada peserta</translation>
        </message>
        <message>
            <source>&amp;Lend…</source>
            <translation>&amp;Pinjamkan…</translation>
        </message>
        <message>
            <source>Hand over to a participant for good</source>
            <translation>Serahterimakan kepada peserta</translation>
        </message>
        <message>
            <source>Hand &amp;over…</source>
            <translation>&amp;Serah terima…</translation>
        </message>
        <message>
            <source>Return the loan</source>
            <translation>Kembalikan pinjaman</translation>
        </message>
        <message>
            <source>&amp;Return…</source>
            <translation>&amp;Kembalikan…</translation>
        </message>
        <message>
            <source>Print the handover record</source>
            <translation>Cetak berita acara serah terima</translation>
        </message>
        <message>
            <source>&amp;Print handover record…</source>
            <translation>&amp;Cetak BAST…</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
    </context>
    <context>
        <name>LoansTableModel</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Out on</source>
            <translation>Tanggal keluar</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <source>Handover record</source>
            <translation>BAST</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Kondisi</translation>
        </message>
        <message>
            <source>1 day overdue</source>
            <translation>Terlambat 1 hari</translation>
        </message>
        <message>
            <source>%1 days overdue</source>
            <translation>Terlambat %1 hari</translation>
        </message>
        <message>
            <source>Handed over for good</source>
            <translation>Diserahterimakan</translation>
        </message>
        <message>
            <source>Returned on %1</source>
            <translation>Dikembalikan pada %1</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>Dipinjamkan</translation>
        </message>
        <message>
            <source>Out: %1 · Back: %2</source>
            <translation>Keluar: %1 · Kembali: %2</translation>
        </message>
    </context>
    <context>
        <name>LocationsDialog</name>
        <message>
            <source>%1 (closed)</source>
            <translation>%1 (ditutup)</translation>
        </message>
        <message>
            <source>&amp;Close place</source>
            <translation>T&amp;utup tempat</translation>
        </message>
        <message>
            <source>&amp;Open again</source>
            <translation>&amp;Buka lagi</translation>
        </message>
        <message>
            <source>Close the place</source>
            <translation>Tutup tempat ini</translation>
        </message>
        <message>
            <source>Open the place again</source>
            <translation>Buka kembali tempat ini</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>%1 ditambahkan.</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 disimpan.</translation>
        </message>
        <message>
            <source>Opened %1 again.</source>
            <translation>%1 dibuka kembali.</translation>
        </message>
        <message>
            <source>Closed %1.</source>
            <translation>%1 ditutup.</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Rooms, stores and cupboards where things are kept, at each branch. A place that still holds stock cannot be closed: move its things first.</source>
            <translation>Ruang, gudang, dan lemari tempat barang disimpan, di setiap cabang. Tempat yang masih berisi stok tidak dapat ditutup: pindahkan dulu barangnya.</translation>
        </message>
        <message>
            <source>&amp;Places:</source>
            <translation>&amp;Daftar tempat:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>Place's name</source>
            <translation>Nama tempat</translation>
        </message>
        <message>
            <source>e.g. Ruang Jahit 1</source>
            <translation>mis. Ruang Jahit 1</translation>
        </message>
        <message>
            <source>&amp;Branch:</source>
            <translation>&amp;Cabang:</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Cabang</translation>
        </message>
        <message>
            <source>Blank at a centre with one site</source>
            <translation>Kosongkan jika lembaga hanya punya satu lokasi</translation>
        </message>
        <message>
            <source>Add a place</source>
            <translation>Tambah tempat</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Tambah</translation>
        </message>
        <message>
            <source>Rename the place</source>
            <translation>Ganti nama tempat</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ganti nama</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
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
            <source>&amp;Verify a certificate…</source>
            <translation>&amp;Verifikasi sertifikat…</translation>
        </message>
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
        <message>
            <source>&amp;Report for the government office…</source>
            <translation>&amp;Laporan untuk dinas…</translation>
        </message>
        <message>
            <source>&amp;Survey results…</source>
            <translation>&amp;Hasil survei…</translation>
        </message>
        <message>
            <source>&amp;Demand for training…</source>
            <translation>&amp;Kebutuhan pelatihan…</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>Lapo&amp;ran</translation>
        </message>
    </context>
    <context>
        <name>MappingEditor</name>
        <message>
            <source>Column heading in the list</source>
            <translation>Judul kolom dalam daftar</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Isian</translation>
        </message>
        <message>
            <source>(column %1, no heading)</source>
            <translation>(kolom %1, tanpa judul)</translation>
        </message>
        <message>
            <source>Field for the column %1</source>
            <translation>Isian untuk kolom %1</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(abaikan)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Lahir</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Desa/kelurahan</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Terdaftar</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>This record, No. %1</source>
            <translation>Data ini, No. %1</translation>
        </message>
        <message>
            <source>The other record, No. %1</source>
            <translation>Data lainnya, No. %1</translation>
        </message>
        <message>
            <source>The other record</source>
            <translation>Data lainnya</translation>
        </message>
        <message>
            <source>No. %1 — %2</source>
            <translation>No. %1 — %2</translation>
        </message>
        <message>
            <source>The other record (choose it above)</source>
            <translation>Data lainnya (pilih di atas)</translation>
        </message>
        <message>
            <source>Merge the two records?</source>
            <translation>Gabungkan kedua data?</translation>
        </message>
        <message>
            <source>Record No. %1 is merged into No. %2 and is no longer listed. This cannot be undone.</source>
            <translation>Data No. %1 digabungkan ke No. %2 dan tidak lagi tampil di daftar. Ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Gabungkan</translation>
        </message>
        <message>
            <source>Merge two records of one person</source>
            <translation>Gabungkan dua data milik satu orang</translation>
        </message>
        <message>
            <source>Find the other record of this person, compare the two, choose the one to keep and say why they are the same person.</source>
            <translation>Cari data lain milik orang ini, bandingkan keduanya, pilih yang disimpan dan jelaskan mengapa keduanya orang yang sama.</translation>
        </message>
        <message>
            <source>&amp;Find the other record:</source>
            <translation>&amp;Cari data lainnya:</translation>
        </message>
        <message>
            <source>Find the other record</source>
            <translation>Cari data lainnya</translation>
        </message>
        <message>
            <source>Type a name, NIK, phone number or village</source>
            <translation>Ketik nama, NIK, nomor telepon atau desa</translation>
        </message>
        <message>
            <source>Name, NIK, phone number or village…</source>
            <translation>Nama, NIK, nomor telepon atau desa…</translation>
        </message>
        <message>
            <source>Matching records</source>
            <translation>Data yang cocok</translation>
        </message>
        <message>
            <source>Choose the other record of this person</source>
            <translation>Pilih data lain milik orang ini</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Simpan:</translation>
        </message>
        <message>
            <source>This record</source>
            <translation>Data ini</translation>
        </message>
        <message>
            <source>The two records side by side</source>
            <translation>Kedua data berdampingan</translation>
        </message>
        <message>
            <source>&amp;Why are they the same person?</source>
            <translation>&amp;Mengapa keduanya orang yang sama?</translation>
        </message>
        <message>
            <source>Why are they the same person</source>
            <translation>Mengapa keduanya orang yang sama</translation>
        </message>
        <message>
            <source>e.g. same KTP shown twice; name was misspelt on the first visit</source>
            <translation>mis. KTP yang sama ditunjukkan dua kali; nama salah eja pada kunjungan pertama</translation>
        </message>
        <message>
            <source>Reason error</source>
            <translation>Kesalahan alasan</translation>
        </message>
        <message>
            <source>The record not kept is marked as merged and points to the kept one. Fields the kept record leaves empty are filled from it; consents, photo and everything recorded about the person move to the kept record. A merge cannot be undone.</source>
            <translation>Data yang tidak disimpan ditandai sebagai digabungkan dan merujuk ke data yang disimpan. Isian yang kosong pada data yang disimpan diisi darinya; persetujuan, foto dan semua catatan tentang orang ini pindah ke data yang disimpan. Penggabungan tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Kesalahan</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Gabungkan</translation>
        </message>
        <message>
            <source>Merge the two records</source>
            <translation>Gabungkan kedua data</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move</source>
            <translation>Pindahkan</translation>
        </message>
        <message>
            <source>Take some of it from one place to another.</source>
            <translation>Pindahkan sebagian dari satu tempat ke tempat lain.</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <source>Moved %1 of %2 to %3.</source>
            <translation>%2 sebanyak %1 dipindahkan ke %3.</translation>
        </message>
    </context>
    <context>
        <name>NewSponsorDialog</name>
        <message>
            <source>New sponsor</source>
            <translation>Sponsor baru</translation>
        </message>
        <message>
            <source>A company, foundation, government office or donor not on record yet.</source>
            <translation>Perusahaan, yayasan, instansi pemerintah atau donatur yang belum tercatat.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>Sponsor's name</source>
            <translation>Nama sponsor</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <source>Type of sponsor</source>
            <translation>Jenis sponsor</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>The sponsor's logo</source>
            <translation>Logo sponsor</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>Pilih &amp;logo…</translation>
        </message>
        <message>
            <source>&amp;Remove logo</source>
            <translation>&amp;Hapus logo</translation>
        </message>
        <message>
            <source>Remove the sponsor's logo</source>
            <translation>Hapus logo sponsor</translation>
        </message>
        <message>
            <source>Printed on the certificates of the cohorts it sponsors (PNG or JPEG).</source>
            <translation>Dicetak pada sertifikat angkatan yang disponsorinya (PNG atau JPEG).</translation>
        </message>
        <message>
            <source>Choose the sponsor's logo</source>
            <translation>Pilih logo sponsor</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
            <translation>Gambar (*.png *.jpg *.jpeg *.bmp *.gif);;Semua berkas (*)</translation>
        </message>
    </context>
    <context>
        <name>OutcomesView</name>
        <message>
            <source>&amp;Reached at:</source>
            <translation>Berhasil dihubungi pada pa&amp;nggilan:</translation>
        </message>
        <message>
            <source>Which follow-up call</source>
            <translation>Panggilan tindak lanjut yang ditampilkan</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 bulan</translation>
        </message>
        <message>
            <source>E&amp;xport outcomes…</source>
            <translation>Ekspor &amp;hasil…</translation>
        </message>
        <message>
            <source>Export the outcomes to Excel</source>
            <translation>Ekspor hasil ke Excel</translation>
        </message>
        <message>
            <source>Work at intake against work now</source>
            <translation>Pekerjaan saat pendaftaran dibandingkan pekerjaan sekarang</translation>
        </message>
        <message>
            <source>Outcome figures</source>
            <translation>Angka hasil</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Nobody has been reached at this call yet.</source>
            <translation>Belum ada yang berhasil dihubungi pada panggilan ini.</translation>
        </message>
        <message>
            <source>%1 people reached.</source>
            <translation>%1 orang berhasil dihubungi.</translation>
        </message>
        <message>
            <source>%1 said their income; %2 of them can be compared with their intake band.</source>
            <translation>%1 orang menyebutkan penghasilannya; %2 di antaranya dapat dibandingkan dengan kelompok penghasilan saat pendaftaran.</translation>
        </message>
        <message>
            <source>Median change in monthly income: %1. Higher band now: %2, same: %3, lower: %4.</source>
            <translation>Median perubahan penghasilan per bulan: %1. Kelompok lebih tinggi sekarang: %2, sama: %3, lebih rendah: %4.</translation>
        </message>
        <message>
            <source>%1% use the skill learned; %2 need further help.</source>
            <translation>%1% menggunakan keterampilan yang dipelajari; %2 perlu bantuan lanjutan.</translation>
        </message>
        <message>
            <source>Export the outcomes</source>
            <translation>Ekspor hasil</translation>
        </message>
        <message>
            <source>Outcomes at %1 months.xlsx</source>
            <translation>Hasil tindak lanjut %1 bulan.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved the outcomes as %1.</source>
            <translation>Hasil disimpan sebagai %1.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantExportAction</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the participant list</source>
            <translation>Ekspor daftar peserta</translation>
        </message>
        <message>
            <source>Exporting the list…</source>
            <translation>Mengekspor daftar…</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Menulis %1…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <source>Exported %1 participants to %2</source>
            <translation>%1 peserta diekspor ke %2</translation>
        </message>
        <message>
            <source>Exported 1 participant to %2</source>
            <translation>1 peserta diekspor ke %2</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>The person agrees, purpose by purpose, to the use of their data as written on the consent form (text version %1). Without the first, nobody can be registered.</source>
            <translation>Orang ini menyetujui penggunaan datanya per tujuan, sesuai formulir persetujuan (versi teks %1). Tanpa persetujuan pertama, tidak ada yang dapat didaftarkan.</translation>
        </message>
        <message>
            <source>Participant: %1</source>
            <translation>Peserta: %1</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Pilih foto</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.bmp);;All files (*)</source>
            <translation>Gambar (*.jpg *.jpeg *.png *.bmp);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Tidak ada foto</translation>
        </message>
        <message>
            <source>Saved — please check</source>
            <translation>Tersimpan — mohon diperiksa</translation>
        </message>
        <message>
            <source>Already registered</source>
            <translation>Sudah terdaftar</translation>
        </message>
        <message>
            <source>Changed at another desk</source>
            <translation>Diubah di meja lain</translation>
        </message>
        <message>
            <source>Reload theirs, discard mine</source>
            <translation>Muat data mereka, buang perubahan saya</translation>
        </message>
        <message>
            <source>Keep my changes</source>
            <translation>Simpan perubahan saya di formulir</translation>
        </message>
        <message>
            <source>Reload the saved record</source>
            <translation>Muat ulang data tersimpan</translation>
        </message>
        <message>
            <source>Your changes in this form are discarded and the record is shown as saved now.</source>
            <translation>Perubahan Anda di formulir ini dibuang dan data ditampilkan seperti yang tersimpan sekarang.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Discard this form?</source>
            <translation>Buang formulir ini?</translation>
        </message>
        <message>
            <source>What you typed is not saved. Close the form and lose it?</source>
            <translation>Yang Anda ketik belum disimpan. Tutup formulir dan buang isinya?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Lanjutkan mengisi</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>Peserta baru</translation>
        </message>
        <message>
            <source>Participant form</source>
            <translation>Formulir peserta</translation>
        </message>
        <message>
            <source>&amp;Identity</source>
            <translation>&amp;Identitas</translation>
        </message>
        <message>
            <source>Full name (as on the KTP):</source>
            <translation>Nama lengkap (sesuai KTP):</translation>
        </message>
        <message>
            <source>Full name as on the KTP</source>
            <translation>Nama lengkap sesuai KTP</translation>
        </message>
        <message>
            <source>NIK:</source>
            <translation>NIK:</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>16 digits, as on the KTP</source>
            <translation>16 digit, sesuai KTP</translation>
        </message>
        <message>
            <source>No NIK, because:</source>
            <translation>Tidak punya NIK, karena:</translation>
        </message>
        <message>
            <source>Reason for having no NIK</source>
            <translation>Alasan tidak punya NIK</translation>
        </message>
        <message>
            <source>Family card (KK) number:</source>
            <translation>Nomor Kartu Keluarga (KK):</translation>
        </message>
        <message>
            <source>Family card number</source>
            <translation>Nomor Kartu Keluarga</translation>
        </message>
        <message>
            <source>Citizenship:</source>
            <translation>Kewarganegaraan:</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <source>Place of birth:</source>
            <translation>Tempat lahir:</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Tempat lahir</translation>
        </message>
        <message>
            <source>Date of birth:</source>
            <translation>Tanggal lahir:</translation>
        </message>
        <message>
            <source>Date of birth, day month year</source>
            <translation>Tanggal lahir, tanggal bulan tahun</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>hh/bb/tttt</translation>
        </message>
        <message>
            <source>Sex:</source>
            <translation>Jenis kelamin:</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Marital status:</source>
            <translation>Status perkawinan:</translation>
        </message>
        <message>
            <source>Marital status</source>
            <translation>Status perkawinan</translation>
        </message>
        <message>
            <source>&amp;Contact and address</source>
            <translation>&amp;Kontak dan alamat</translation>
        </message>
        <message>
            <source>Phone (WhatsApp):</source>
            <translation>Telepon (WhatsApp):</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Nomor telepon</translation>
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation>0812-3456-7890</translation>
        </message>
        <message>
            <source>Street, house number, hamlet:</source>
            <translation>Jalan, nomor rumah, dusun:</translation>
        </message>
        <message>
            <source>Street, house number and hamlet</source>
            <translation>Jalan, nomor rumah dan dusun</translation>
        </message>
        <message>
            <source>RT / RW:</source>
            <translation>RT / RW:</translation>
        </message>
        <message>
            <source>RT (neighbourhood unit)</source>
            <translation>RT (rukun tetangga)</translation>
        </message>
        <message>
            <source>003</source>
            <translation>003</translation>
        </message>
        <message>
            <source>RW (community unit)</source>
            <translation>RW (rukun warga)</translation>
        </message>
        <message>
            <source>012</source>
            <translation>012</translation>
        </message>
        <message>
            <source>Postal code:</source>
            <translation>Kode pos:</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Kode pos</translation>
        </message>
        <message>
            <source>&amp;Education and work</source>
            <translation>&amp;Pendidikan dan pekerjaan</translation>
        </message>
        <message>
            <source>Education:</source>
            <translation>Pendidikan:</translation>
        </message>
        <message>
            <source>Highest education</source>
            <translation>Pendidikan terakhir</translation>
        </message>
        <message>
            <source>Work situation:</source>
            <translation>Status pekerjaan:</translation>
        </message>
        <message>
            <source>Work situation</source>
            <translation>Status pekerjaan</translation>
        </message>
        <message>
            <source>Occupation:</source>
            <translation>Pekerjaan:</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Pekerjaan</translation>
        </message>
        <message>
            <source>Monthly income:</source>
            <translation>Penghasilan per bulan:</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <translation>Penghasilan per bulan</translation>
        </message>
        <message>
            <source>&amp;Disability</source>
            <translation>&amp;Disabilitas</translation>
        </message>
        <message>
            <source>Disability:</source>
            <translation>Disabilitas:</translation>
        </message>
        <message>
            <source>Needs at the training:</source>
            <translation>Kebutuhan saat pelatihan:</translation>
        </message>
        <message>
            <source>Other needs:</source>
            <translation>Kebutuhan lain:</translation>
        </message>
        <message>
            <source>Other needs at the training</source>
            <translation>Kebutuhan lain saat pelatihan</translation>
        </message>
        <message>
            <source>Washington Group questions (optional)</source>
            <translation>Pertanyaan Washington Group (opsional)</translation>
        </message>
        <message>
            <source>&amp;Social assistance</source>
            <translation>Bantuan &amp;sosial</translation>
        </message>
        <message>
            <source>Listed in DTSEN:</source>
            <translation>Terdaftar di DTSEN:</translation>
        </message>
        <message>
            <source>Listed in DTSEN</source>
            <translation>Terdaftar di DTSEN</translation>
        </message>
        <message>
            <source>Welfare decile:</source>
            <translation>Desil kesejahteraan:</translation>
        </message>
        <message>
            <source>Welfare decile, 1 to 10</source>
            <translation>Desil kesejahteraan, 1 sampai 10</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Receives:</source>
            <translation>Menerima:</translation>
        </message>
        <message>
            <source>Target groups:</source>
            <translation>Kelompok sasaran:</translation>
        </message>
        <message>
            <source>Training &amp;wishes</source>
            <translation>&amp;Kebutuhan pelatihan</translation>
        </message>
        <message>
            <source>Programmes wanted:</source>
            <translation>Program yang diinginkan:</translation>
        </message>
        <message>
            <source>Skills already had:</source>
            <translation>Keterampilan yang dimiliki:</translation>
        </message>
        <message>
            <source>Skills already had</source>
            <translation>Keterampilan yang sudah dimiliki</translation>
        </message>
        <message>
            <source>Goal:</source>
            <translation>Tujuan:</translation>
        </message>
        <message>
            <source>Goal of the training</source>
            <translation>Tujuan mengikuti pelatihan</translation>
        </message>
        <message>
            <source>Heard of it through:</source>
            <translation>Mengetahui dari:</translation>
        </message>
        <message>
            <source>How they heard of the training</source>
            <translation>Dari mana mengetahui pelatihan</translation>
        </message>
        <message>
            <source>C&amp;onsent</source>
            <translation>Per&amp;setujuan</translation>
        </message>
        <message>
            <source>Agrees to:</source>
            <translation>Menyetujui:</translation>
        </message>
        <message>
            <source>Given by:</source>
            <translation>Diberikan melalui:</translation>
        </message>
        <message>
            <source>How consent was given</source>
            <translation>Cara persetujuan diberikan</translation>
        </message>
        <message>
            <source>Date given:</source>
            <translation>Tanggal diberikan:</translation>
        </message>
        <message>
            <source>Date consent was given, day month year</source>
            <translation>Tanggal persetujuan diberikan, tanggal bulan tahun</translation>
        </message>
        <message>
            <source>The person is under 18: a parent or guardian consents with them, and both sign.</source>
            <translation>Orang ini belum 18 tahun: orang tua atau wali ikut menyetujui, dan keduanya menandatangani.</translation>
        </message>
        <message>
            <source>Parent or guardian:</source>
            <translation>Orang tua atau wali:</translation>
        </message>
        <message>
            <source>Name of the parent or guardian</source>
            <translation>Nama orang tua atau wali</translation>
        </message>
        <message>
            <source>Relation:</source>
            <translation>Hubungan:</translation>
        </message>
        <message>
            <source>Relation of the guardian to the person</source>
            <translation>Hubungan wali dengan peserta</translation>
        </message>
        <message>
            <source>mother, father, uncle…</source>
            <translation>ibu, ayah, paman…</translation>
        </message>
        <message>
            <source>P&amp;hoto</source>
            <translation>&amp;Foto</translation>
        </message>
        <message>
            <source>Choose a photo…</source>
            <translation>Pilih foto…</translation>
        </message>
        <message>
            <source>Remove the photo</source>
            <translation>Hapus foto</translation>
        </message>
        <message>
            <source>A clear face, as on a pass photo. It is made small before saving.</source>
            <translation>Wajah yang jelas, seperti pas foto. Foto diperkecil sebelum disimpan.</translation>
        </message>
        <message>
            <source>Enter: next field. Ctrl+S or Ctrl+Enter: save.</source>
            <translation>Enter: isian berikutnya. Ctrl+S atau Ctrl+Enter: simpan.</translation>
        </message>
        <message>
            <source>&amp;Reload the saved record</source>
            <translation>&amp;Muat ulang data tersimpan</translation>
        </message>
    </context>
    <context>
        <name>ParticipantPicker</name>
        <message>
            <source>Find the participant</source>
            <translation>Cari peserta</translation>
        </message>
        <message>
            <source>Finds a name or NIK while you type. Down arrow: to the list.</source>
            <translation>Mencari nama atau NIK selagi Anda mengetik. Panah bawah: ke daftar.</translation>
        </message>
        <message>
            <source>Name or NIK…</source>
            <translation>Nama atau NIK…</translation>
        </message>
        <message>
            <source>Participants found</source>
            <translation>Peserta yang ditemukan</translation>
        </message>
    </context>
    <context>
        <name>ParticipantProfile</name>
        <message>
            <source>Participant: %1</source>
            <translation>Peserta: %1</translation>
        </message>
        <message>
            <source>This record was merged into record No. %1: its data and history continue there. It is kept only so that old papers quoting its number lead somewhere.</source>
            <translation>Data ini sudah digabungkan ke data No. %1: data dan riwayatnya berlanjut di sana. Data ini hanya disimpan agar dokumen lama yang menyebut nomornya tetap bisa ditelusuri.</translation>
        </message>
        <message>
            <source>No. %1 · registered %2 · %3</source>
            <translation>No. %1 · terdaftar %2 · %3</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Tidak ada foto</translation>
        </message>
        <message>
            <source>Could not save the file</source>
            <translation>Berkas tidak dapat disimpan</translation>
        </message>
        <message>
            <source>not shown to your role</source>
            <translation>tidak ditampilkan untuk peran Anda</translation>
        </message>
        <message>
            <source>%1 years</source>
            <translation>%1 tahun</translation>
        </message>
        <message>
            <source>none: %1</source>
            <translation>tidak ada: %1</translation>
        </message>
        <message>
            <source>RT / RW</source>
            <translation>RT / RW</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>tidak ada yang dicatat</translation>
        </message>
        <message>
            <source>Earlier consents</source>
            <translation>Persetujuan sebelumnya</translation>
        </message>
        <message>
            <source>Agrees to</source>
            <translation>Menyetujui</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>tidak ada</translation>
        </message>
        <message>
            <source>Given by</source>
            <translation>Diberikan melalui</translation>
        </message>
        <message>
            <source>Text version</source>
            <translation>Versi teks</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Dicatat oleh</translation>
        </message>
        <message>
            <source>Parent or guardian</source>
            <translation>Orang tua atau wali</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <source>Nothing recorded yet.</source>
            <translation>Belum ada yang dicatat.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kapan</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Siapa</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Apa</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>No. %1 merged into No. %2: %3</source>
            <translation>No. %1 digabungkan ke No. %2: %3</translation>
        </message>
        <message>
            <source>not the same as No. %1</source>
            <translation>bukan orang yang sama dengan No. %1</translation>
        </message>
        <message>
            <source>Save the form for signature</source>
            <translation>Simpan formulir untuk ditandatangani</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Tersimpan %1</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>No NIK, because</source>
            <translation>Tidak punya NIK, karena</translation>
        </message>
        <message>
            <source>Family card (KK)</source>
            <translation>Kartu Keluarga (KK)</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Tempat lahir</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Marital status</source>
            <translation>Status perkawinan</translation>
        </message>
        <message>
            <source>Phone (WhatsApp)</source>
            <translation>Telepon (WhatsApp)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Jalan</translation>
        </message>
        <message>
            <source>RT</source>
            <translation>RT</translation>
        </message>
        <message>
            <source>RW</source>
            <translation>RW</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Desa/kelurahan</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Regency or city</source>
            <translation>Kabupaten/kota</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provinsi</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Kode pos</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Pendidikan</translation>
        </message>
        <message>
            <source>Work situation</source>
            <translation>Status pekerjaan</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Pekerjaan</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <translation>Penghasilan per bulan</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <source>Needs at the training</source>
            <translation>Kebutuhan saat pelatihan</translation>
        </message>
        <message>
            <source>Other needs</source>
            <translation>Kebutuhan lain</translation>
        </message>
        <message>
            <source>Washington Group answers</source>
            <translation>Jawaban Washington Group</translation>
        </message>
        <message>
            <source>Listed in DTSEN</source>
            <translation>Terdaftar di DTSEN</translation>
        </message>
        <message>
            <source>Welfare decile</source>
            <translation>Desil kesejahteraan</translation>
        </message>
        <message>
            <source>Receives</source>
            <translation>Menerima</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Kelompok sasaran</translation>
        </message>
        <message>
            <source>Programmes wanted</source>
            <translation>Program yang diinginkan</translation>
        </message>
        <message>
            <source>Skills already had</source>
            <translation>Keterampilan yang dimiliki</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <source>Heard of it through</source>
            <translation>Mengetahui dari</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <source>Loading</source>
            <translation>Memuat</translation>
        </message>
        <message>
            <source>Merged record</source>
            <translation>Data yang digabungkan</translation>
        </message>
        <message>
            <source>&amp;Open the kept record</source>
            <translation>&amp;Buka data yang disimpan</translation>
        </message>
        <message>
            <source>Open the kept record</source>
            <translation>Buka data yang disimpan</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Kesalahan</translation>
        </message>
        <message>
            <source>Participant details</source>
            <translation>Rincian peserta</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identitas</translation>
        </message>
        <message>
            <source>Contact and address</source>
            <translation>Kontak dan alamat</translation>
        </message>
        <message>
            <source>Education and work</source>
            <translation>Pendidikan dan pekerjaan</translation>
        </message>
        <message>
            <source>Social assistance</source>
            <translation>Bantuan sosial</translation>
        </message>
        <message>
            <source>Training wishes</source>
            <translation>Kebutuhan pelatihan</translation>
        </message>
        <message>
            <source>Enrolments</source>
            <translation>Pendaftaran pelatihan</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>History of the record</source>
            <translation>Riwayat data</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <source>Edit the record</source>
            <translation>Ubah data</translation>
        </message>
        <message>
            <source>&amp;Print form for signature (PDF)…</source>
            <translation>&amp;Cetak formulir untuk ditandatangani (PDF)…</translation>
        </message>
        <message>
            <source>Print the filled-in form for signature as PDF</source>
            <translation>Cetak formulir yang sudah terisi sebagai PDF untuk ditandatangani</translation>
        </message>
        <message>
            <source>Save the intake form, filled in from this record, as a PDF for the participant to check and sign</source>
            <translation>Simpan formulir pendaftaran yang diisi dari data ini sebagai PDF untuk diperiksa dan ditandatangani peserta</translation>
        </message>
        <message>
            <source>&amp;Merge with…</source>
            <translation>&amp;Gabungkan dengan…</translation>
        </message>
        <message>
            <source>Merge with another record</source>
            <translation>Gabungkan dengan data lain</translation>
        </message>
        <message>
            <source>Two records of the same person: keep one and merge the other into it</source>
            <translation>Dua data milik orang yang sama: simpan satu dan gabungkan yang lain ke dalamnya</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Name or village…</source>
            <translation>Nama atau desa…</translation>
        </message>
        <message>
            <source>Finds a name or village while you type. Down arrow: to the list.</source>
            <translation>Mencari nama atau desa sambil Anda mengetik. Panah bawah: ke daftar.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Semua</translation>
        </message>
        <message>
            <source>All ages</source>
            <translation>Semua umur</translation>
        </message>
        <message>
            <source>With a disability</source>
            <translation>Dengan disabilitas</translation>
        </message>
        <message>
            <source>Without a disability</source>
            <translation>Tanpa disabilitas</translation>
        </message>
        <message>
            <source>Any or none</source>
            <translation>Apa saja atau tidak ada</translation>
        </message>
        <message>
            <source>All provinces</source>
            <translation>Semua provinsi</translation>
        </message>
        <message>
            <source>All regencies</source>
            <translation>Semua kabupaten/kota</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>Semua program</translation>
        </message>
        <message>
            <source>All cohorts</source>
            <translation>Semua angkatan</translation>
        </message>
        <message>
            <source>Active and inactive</source>
            <translation>Aktif dan nonaktif</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Nonaktif</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>The list can be sorted by name, NIK, phone, age or village.</source>
            <translation>Daftar dapat diurutkan menurut nama, NIK, telepon, umur atau desa.</translation>
        </message>
        <message>
            <source>Select the people to enrol first: Ctrl+click or Shift+click adds rows.</source>
            <translation>Pilih dulu orang yang akan didaftarkan: Ctrl+klik atau Shift+klik menambah baris.</translation>
        </message>
        <message>
            <source>Save the blank intake form</source>
            <translation>Simpan formulir pendaftaran kosong</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Tersimpan %1</translation>
        </message>
        <message>
            <source>more than %1 participants</source>
            <translation>lebih dari %1 peserta</translation>
        </message>
        <message>
            <source>1 participant</source>
            <translation>1 peserta</translation>
        </message>
        <message>
            <source>%1 participants</source>
            <translation>%1 peserta</translation>
        </message>
        <message>
            <source>Could not save the file</source>
            <translation>Berkas tidak dapat disimpan</translation>
        </message>
        <message>
            <source>&amp;New participant</source>
            <translation>Peserta &amp;baru</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>Peserta baru</translation>
        </message>
        <message>
            <source>Register a new participant (Ctrl+N)</source>
            <translation>Daftarkan peserta baru (Ctrl+N)</translation>
        </message>
        <message>
            <source>Enrol selected in a &amp;cohort…</source>
            <translation>Daftarkan yang dipilih ke a&amp;ngkatan…</translation>
        </message>
        <message>
            <source>Enrol the selected participants in a cohort</source>
            <translation>Daftarkan peserta yang dipilih ke satu angkatan</translation>
        </message>
        <message>
            <source>Enrol everyone selected in the list (Ctrl+click or Shift+click selects several) in one cohort, with a report</source>
            <translation>Daftarkan semua yang dipilih di daftar (Ctrl+klik atau Shift+klik memilih beberapa) ke satu angkatan, dengan laporan</translation>
        </message>
        <message>
            <source>Import from a &amp;list…</source>
            <translation>Impor dari &amp;daftar…</translation>
        </message>
        <message>
            <source>Import participants from a list</source>
            <translation>Impor peserta dari daftar</translation>
        </message>
        <message>
            <source>Register the people of an Excel or CSV list at once, after checking every row</source>
            <translation>Daftarkan sekaligus orang-orang dari daftar Excel atau CSV, setelah setiap baris diperiksa</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Ekspor…</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Ekspor daftar</translation>
        </message>
        <message>
            <source>Save everyone the search and filters find as an Excel or CSV file</source>
            <translation>Simpan semua orang yang ditemukan pencarian dan saringan sebagai berkas Excel atau CSV</translation>
        </message>
        <message>
            <source>&amp;Blank intake form (PDF)…</source>
            <translation>&amp;Formulir pendaftaran kosong (PDF)…</translation>
        </message>
        <message>
            <source>Blank intake form as PDF</source>
            <translation>Formulir pendaftaran kosong sebagai PDF</translation>
        </message>
        <message>
            <source>Save the empty intake form as a PDF, to print and fill in by hand</source>
            <translation>Simpan formulir pendaftaran kosong sebagai PDF, untuk dicetak dan diisi dengan tangan</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Cari peserta</translation>
        </message>
        <message>
            <source>Finds a name, NIK, phone number or village while you type. Down arrow: to the list. Escape: clear.</source>
            <translation>Mencari nama, NIK, nomor telepon atau desa sambil Anda mengetik. Panah bawah: ke daftar. Escape: kosongkan.</translation>
        </message>
        <message>
            <source>Name, NIK, phone number or village…</source>
            <translation>Nama, NIK, nomor telepon atau desa…</translation>
        </message>
        <message>
            <source>Se&amp;x:</source>
            <translation>&amp;Jenis kelamin:</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Show only women or only men</source>
            <translation>Tampilkan hanya perempuan atau hanya laki-laki</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>&amp;Umur:</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Umur</translation>
        </message>
        <message>
            <source>Show only people of this age</source>
            <translation>Tampilkan hanya orang dengan umur ini</translation>
        </message>
        <message>
            <source>&amp;Disability:</source>
            <translation>&amp;Disabilitas:</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <source>Show only people with, or without, a disability</source>
            <translation>Tampilkan hanya orang dengan, atau tanpa, disabilitas</translation>
        </message>
        <message>
            <source>D&amp;TSEN:</source>
            <translation>D&amp;TSEN:</translation>
        </message>
        <message>
            <source>Listed in DTSEN</source>
            <translation>Terdaftar di DTSEN</translation>
        </message>
        <message>
            <source>Show only people listed, or not listed, in DTSEN</source>
            <translation>Tampilkan hanya orang yang terdaftar, atau tidak terdaftar, di DTSEN</translation>
        </message>
        <message>
            <source>&amp;Receives:</source>
            <translation>&amp;Menerima:</translation>
        </message>
        <message>
            <source>Social assistance received</source>
            <translation>Bantuan sosial yang diterima</translation>
        </message>
        <message>
            <source>Show only people who receive this social assistance</source>
            <translation>Tampilkan hanya orang yang menerima bantuan sosial ini</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>&amp;Provinsi:</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provinsi</translation>
        </message>
        <message>
            <source>Show only people living in this province</source>
            <translation>Tampilkan hanya orang yang tinggal di provinsi ini</translation>
        </message>
        <message>
            <source>Re&amp;gency:</source>
            <translation>Ka&amp;bupaten/kota:</translation>
        </message>
        <message>
            <source>Regency or city</source>
            <translation>Kabupaten atau kota</translation>
        </message>
        <message>
            <source>Show only people living in this regency or city</source>
            <translation>Tampilkan hanya orang yang tinggal di kabupaten atau kota ini</translation>
        </message>
        <message>
            <source>Progra&amp;mme:</source>
            <translation>Progra&amp;m:</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Show only people enrolled in this programme</source>
            <translation>Tampilkan hanya peserta yang terdaftar di program ini</translation>
        </message>
        <message>
            <source>&amp;In cohort:</source>
            <translation>Ang&amp;katan:</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Show only people enrolled in this cohort</source>
            <translation>Tampilkan hanya peserta yang terdaftar di angkatan ini</translation>
        </message>
        <message>
            <source>Record stat&amp;us:</source>
            <translation>Stat&amp;us data:</translation>
        </message>
        <message>
            <source>Record status</source>
            <translation>Status data</translation>
        </message>
        <message>
            <source>Show active records, inactive ones, or both</source>
            <translation>Tampilkan data aktif, nonaktif, atau keduanya</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>&amp;Hapus saringan</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Hapus saringan</translation>
        </message>
        <message>
            <source>Show everyone again</source>
            <translation>Tampilkan semua lagi</translation>
        </message>
        <message>
            <source>Number of participants</source>
            <translation>Jumlah peserta</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <source>Enter or double-click: open the profile · Ctrl+click: select several</source>
            <translation>Enter atau klik ganda: buka profil · Ctrl+klik: pilih beberapa</translation>
        </message>
        <message>
            <source>Enter or double-click opens the participant's profile</source>
            <translation>Enter atau klik dua kali membuka profil peserta</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Umur</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Desa/kelurahan</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Regency</source>
            <translation>Kabupaten/kota</translation>
        </message>
        <message>
            <source>Click to sort by this column</source>
            <translation>Klik untuk mengurutkan menurut kolom ini</translation>
        </message>
        <message>
            <source>The list cannot be sorted by this column</source>
            <translation>Daftar tidak dapat diurutkan menurut kolom ini</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Ganti frasa sandi</translation>
        </message>
        <message>
            <source>The next backups are locked with the new passphrase. Backups made before still open only with the passphrase they were made with.</source>
            <translation>Cadangan berikutnya dikunci dengan frasa sandi baru. Cadangan yang dibuat sebelumnya tetap hanya dapat dibuka dengan frasa sandi yang dipakai saat cadangan itu dibuat.</translation>
        </message>
        <message>
            <source>From now on every backup is locked with this passphrase. Pelita makes them without asking for it; restoring one asks for it.</source>
            <translation>Mulai sekarang setiap cadangan dikunci dengan frasa sandi ini. Pelita membuat cadangan tanpa menanyakannya; frasa sandi ini baru diminta saat memulihkan cadangan.</translation>
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
        <name>PdfViewer</name>
        <message>
            <source>Print…</source>
            <translation>Cetak…</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>Buka di penampil PDF</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Lahir</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Desa/Kelurahan</translation>
        </message>
    </context>
    <context>
        <name>PrivacyCloseDialog</name>
        <message>
            <source>Close a request</source>
            <translation>Tutup permintaan</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Hasil:</translation>
        </message>
        <message>
            <source>&amp;Done: the centre did what was asked</source>
            <translation>&amp;Selesai: lembaga sudah melakukan yang diminta</translation>
        </message>
        <message>
            <source>Re&amp;fused: say why below</source>
            <translation>&amp;Ditolak: tulis alasannya di bawah</translation>
        </message>
        <message>
            <source>&amp;What was done:</source>
            <translation>&amp;Yang dilakukan:</translation>
        </message>
        <message>
            <source>What was done or why it was refused</source>
            <translation>Apa yang dilakukan atau alasan penolakannya</translation>
        </message>
    </context>
    <context>
        <name>PrivacyConfirmDialog</name>
        <message>
            <source>I &amp;understand that this cannot be undone.</source>
            <translation>Saya &amp;paham bahwa ini tidak dapat dibatalkan.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <source>Folder for the copy of %1's data</source>
            <translation>Folder untuk salinan data %1</translation>
        </message>
        <message>
            <source>Writing the copy of %1's data…</source>
            <translation>Menulis salinan data %1…</translation>
        </message>
        <message>
            <source>A copy of the data was given as %1 and %2.</source>
            <translation>Salinan data diberikan dalam bentuk %1 dan %2.</translation>
        </message>
        <message>
            <source>Wrote the copy of %1's data into %2: %3 (to read and print) and %4.</source>
            <translation>Salinan data %1 sudah ditulis ke %2: %3 (untuk dibaca dan dicetak) dan %4.</translation>
        </message>
        <message>
            <source>Delete a person's data</source>
            <translation>Hapus data seseorang</translation>
        </message>
        <message>
            <source>Anonymise %1? This cannot be undone.</source>
            <translation>Anonimkan %1? Ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>&amp;Anonymise %1</source>
            <translation>&amp;Anonimkan %1</translation>
        </message>
        <message>
            <source>Anonymised %1; the request is closed as done.</source>
            <translation>%1 sudah dianonimkan; permintaan ditutup sebagai selesai.</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Tarik persetujuan</translation>
        </message>
        <message>
            <source>Withdraw the consent of %1?</source>
            <translation>Tarik persetujuan %1?</translation>
        </message>
        <message>
            <source>They leave the follow-up call lists at once and are not contacted again. Their records stay as they are.</source>
            <translation>Orang ini langsung dikeluarkan dari daftar panggilan tindak lanjut dan tidak akan dihubungi lagi. Datanya tetap seperti semula.</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent</source>
            <translation>&amp;Tarik persetujuan</translation>
        </message>
        <message>
            <source>Withdrew the consent of %1; the request is closed as done.</source>
            <translation>Persetujuan %1 sudah ditarik; permintaan ditutup sebagai selesai.</translation>
        </message>
        <message>
            <source>Consent withdrawn: no more follow-up calls.</source>
            <translation>Persetujuan ditarik: tidak ada lagi panggilan tindak lanjut.</translation>
        </message>
        <message>
            <source>Withdrew the consent of %1: no more follow-up calls. An administrator closes the request.</source>
            <translation>Persetujuan %1 sudah ditarik: tidak ada lagi panggilan tindak lanjut. Administrator yang menutup permintaan ini.</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privasi</translation>
        </message>
        <message>
            <source>No request is waiting.</source>
            <translation>Tidak ada permintaan yang menunggu.</translation>
        </message>
        <message>
            <source>1 request waiting</source>
            <translation>1 permintaan menunggu</translation>
        </message>
        <message>
            <source>%1 requests waiting</source>
            <translation>%1 permintaan menunggu</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1 terlambat</translation>
        </message>
        <message>
            <source>&amp;Act on it…</source>
            <translation>Tindak &amp;lanjuti…</translation>
        </message>
        <message>
            <source>Act on the request: %1</source>
            <translation>Tindak lanjuti permintaan: %1</translation>
        </message>
        <message>
            <source>Act on the selected request</source>
            <translation>Tindak lanjuti permintaan yang dipilih</translation>
        </message>
        <message>
            <source>%1 asked: %2</source>
            <translation>%1 meminta: %2</translation>
        </message>
        <message>
            <source>(no details written)</source>
            <translation>(tidak ada rincian yang ditulis)</translation>
        </message>
        <message>
            <source>An administrator answers this request.</source>
            <translation>Permintaan ini dijawab oleh administrator.</translation>
        </message>
        <message>
            <source>Recorded the request of %1; it is due by %2.</source>
            <translation>Permintaan %1 sudah dicatat; jatuh tempo pada %2.</translation>
        </message>
        <message>
            <source>Corrected on the profile.</source>
            <translation>Sudah diperbaiki di profil.</translation>
        </message>
        <message>
            <source>Closed the request of %1.</source>
            <translation>Permintaan %1 sudah ditutup.</translation>
        </message>
        <message>
            <source>Privacy and people's requests</source>
            <translation>Privasi dan permintaan data pribadi</translation>
        </message>
        <message>
            <source>Under UU PDP (Law 27/2022) people may ask for a copy of their data, a correction, deletion, or withdraw their consent. Record each request the day it arrives: the centre answers within 3 × 24 hours.</source>
            <translation>Menurut UU PDP (UU No. 27 Tahun 2022), setiap orang boleh meminta salinan datanya, perbaikan, penghapusan, atau menarik persetujuannya. Catat setiap permintaan pada hari permintaan itu masuk: lembaga menjawab dalam 3 × 24 jam.</translation>
        </message>
        <message>
            <source>Requests and retention</source>
            <translation>Permintaan dan masa simpan</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Permintaan</translation>
        </message>
        <message>
            <source>Show &amp;closed requests too</source>
            <translation>Tampilkan juga permintaan yang &amp;ditutup</translation>
        </message>
        <message>
            <source>What the person asked</source>
            <translation>Apa yang diminta orang tersebut</translation>
        </message>
        <message>
            <source>&amp;Record a request…</source>
            <translation>&amp;Catat permintaan…</translation>
        </message>
        <message>
            <source>Record a new request</source>
            <translation>Catat permintaan baru</translation>
        </message>
        <message>
            <source>C&amp;lose the request…</source>
            <translation>T&amp;utup permintaan…</translation>
        </message>
        <message>
            <source>Close the selected request with its outcome</source>
            <translation>Tutup permintaan yang dipilih beserta hasilnya</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
        <message>
            <source>&amp;Open the PDF</source>
            <translation>&amp;Buka PDF</translation>
        </message>
        <message>
            <source>Open the PDF just written</source>
            <translation>Buka PDF yang baru dibuat</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Masa simpan</translation>
        </message>
    </context>
    <context>
        <name>ProfileEnrolments</name>
        <message>
            <source>Hide &amp;history</source>
            <translation>Sembunyikan &amp;riwayat</translation>
        </message>
        <message>
            <source>Status &amp;history</source>
            <translation>&amp;Riwayat status</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Menjadi</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>History of the enrolment in %1</source>
            <translation>Riwayat pendaftaran di %1</translation>
        </message>
        <message>
            <source>%1 in %2 is now “%3”.</source>
            <translation>%1 di %2 sekarang “%3”.</translation>
        </message>
        <message>
            <source>The freed seat went to %1.</source>
            <translation>Kursi yang kosong diberikan kepada %1.</translation>
        </message>
        <message>
            <source>Enrolments</source>
            <translation>Pendaftaran pelatihan</translation>
        </message>
        <message>
            <source>Not enrolled in any cohort yet.</source>
            <translation>Belum terdaftar di angkatan mana pun.</translation>
        </message>
        <message>
            <source>Newest first. Enter or double-click opens the cohort</source>
            <translation>Terbaru lebih dulu. Enter atau klik ganda membuka angkatan</translation>
        </message>
        <message>
            <source>E&amp;nrol…</source>
            <translation>&amp;Daftarkan…</translation>
        </message>
        <message>
            <source>Enrol in a cohort</source>
            <translation>Daftarkan ke angkatan</translation>
        </message>
        <message>
            <source>Change &amp;status…</source>
            <translation>Ubah &amp;status…</translation>
        </message>
        <message>
            <source>Change the status of the selected enrolment</source>
            <translation>Ubah status pendaftaran yang dipilih</translation>
        </message>
        <message>
            <source>Show the status history of the selected enrolment</source>
            <translation>Tampilkan riwayat status pendaftaran yang dipilih</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Pesan</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Riwayat status</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeDialog</name>
        <message>
            <source>Hours (JP)</source>
            <translation>Jam (JP)</translation>
        </message>
        <message>
            <source>Per participant</source>
            <translation>Per peserta</translation>
        </message>
        <message>
            <source>Programme: %1</source>
            <translation>Program: %1</translation>
        </message>
        <message>
            <source>Refuse enrolment</source>
            <translation>Tolak pendaftaran</translation>
        </message>
        <message>
            <source>Only warn</source>
            <translation>Hanya peringatkan</translation>
        </message>
        <message>
            <source>min</source>
            <translation>menit</translation>
        </message>
        <message>
            <source>— means no limit</source>
            <translation>— berarti tanpa batas</translation>
        </message>
        <message>
            <source>The units add up to %1 of the programme's %2 JP.</source>
            <translation>Jumlah jam unit %1 dari %2 JP program.</translation>
        </message>
        <message>
            <source>%1 changed this programme while you were editing it (%2). Your changes are still here and were not saved: reload the saved programme to see theirs, then make yours again.</source>
            <translation>%1 mengubah program ini saat Anda sedang mengeditnya (%2). Perubahan Anda masih ada dan belum tersimpan: muat ulang program yang tersimpan untuk melihat perubahannya, lalu ulangi perubahan Anda.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>kode</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nama</translation>
        </message>
        <message>
            <source>skill area</source>
            <translation>kejuruan</translation>
        </message>
        <message>
            <source>description</source>
            <translation>deskripsi</translation>
        </message>
        <message>
            <source>total hours</source>
            <translation>total jam</translation>
        </message>
        <message>
            <source>minutes per JP</source>
            <translation>menit per JP</translation>
        </message>
        <message>
            <source>default capacity</source>
            <translation>kapasitas bawaan</translation>
        </message>
        <message>
            <source>competency units</source>
            <translation>unit kompetensi</translation>
        </message>
        <message>
            <source>materials</source>
            <translation>bahan</translation>
        </message>
        <message>
            <source>who may join</source>
            <translation>syarat peserta</translation>
        </message>
        <message>
            <source>completion</source>
            <translation>kelulusan</translation>
        </message>
        <message>
            <source>archived or restored</source>
            <translation>diarsipkan atau dipulihkan</translation>
        </message>
        <message>
            <source>Reload the saved programme</source>
            <translation>Muat ulang program yang tersimpan</translation>
        </message>
        <message>
            <source>Your changes in this form are discarded and the programme is shown as saved now.</source>
            <translation>Perubahan Anda di formulir ini dibuang dan program ditampilkan seperti yang tersimpan sekarang.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>Buang perubahan Anda?</translation>
        </message>
        <message>
            <source>What you typed in this programme is not saved. Close it and lose that?</source>
            <translation>Yang Anda ketik di program ini belum tersimpan. Tutup dan buang isinya?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Lanjutkan mengedit</translation>
        </message>
        <message>
            <source>New programme</source>
            <translation>Program baru</translation>
        </message>
        <message>
            <source>Programme form</source>
            <translation>Formulir program</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>K&amp;ode:</translation>
        </message>
        <message>
            <source>Programme code</source>
            <translation>Kode program</translation>
        </message>
        <message>
            <source>2 to 10 letters or digits, such as MJH; cohort codes start with it.</source>
            <translation>2 sampai 10 huruf atau angka, misalnya MJH; kode angkatan diawali kode ini.</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>Programme name</source>
            <translation>Nama program</translation>
        </message>
        <message>
            <source>S&amp;kill area:</source>
            <translation>&amp;Kejuruan:</translation>
        </message>
        <message>
            <source>Skill area (kejuruan)</source>
            <translation>Kejuruan</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>&amp;Deskripsi:</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Deskripsi</translation>
        </message>
        <message>
            <source>Hours and capacity</source>
            <translation>Jam dan kapasitas</translation>
        </message>
        <message>
            <source>&amp;Total hours:</source>
            <translation>&amp;Total jam:</translation>
        </message>
        <message>
            <source>Total hours in JP</source>
            <translation>Total jam dalam JP</translation>
        </message>
        <message>
            <source>JP (jam pelajaran): the lessons of the whole programme.</source>
            <translation>JP (jam pelajaran): seluruh pelajaran program.</translation>
        </message>
        <message>
            <source>Minutes per &amp;JP:</source>
            <translation>Menit per &amp;JP:</translation>
        </message>
        <message>
            <source>Minutes per JP</source>
            <translation>Menit per JP</translation>
        </message>
        <message>
            <source>Usually 45 minutes.</source>
            <translation>Biasanya 45 menit.</translation>
        </message>
        <message>
            <source>Default capacit&amp;y:</source>
            <translation>Kapasitas ba&amp;waan:</translation>
        </message>
        <message>
            <source>Default capacity</source>
            <translation>Kapasitas bawaan</translation>
        </message>
        <message>
            <source>Participants per cohort, unless the cohort says otherwise.</source>
            <translation>Peserta per angkatan, kecuali angkatan menetapkan lain.</translation>
        </message>
        <message>
            <source>Competency units</source>
            <translation>Unit kompetensi</translation>
        </message>
        <message>
            <source>Competency &amp;units, in the order printed on the certificate:</source>
            <translation>Unit ko&amp;mpetensi, sesuai urutan di sertifikat:</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>&amp;Add unit</source>
            <translation>Tambah un&amp;it</translation>
        </message>
        <message>
            <source>&amp;Remove unit</source>
            <translation>&amp;Hapus unit</translation>
        </message>
        <message>
            <source>Move unit up</source>
            <translation>Naikkan unit</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Naikkan</translation>
        </message>
        <message>
            <source>Move unit down</source>
            <translation>Turunkan unit</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Turunkan</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Bahan</translation>
        </message>
        <message>
            <source>&amp;Materials each participant uses up:</source>
            <translation>&amp;Bahan yang dipakai tiap peserta:</translation>
        </message>
        <message>
            <source>Materials per participant</source>
            <translation>Bahan per peserta</translation>
        </message>
        <message>
            <source>Material</source>
            <translation>Bahan</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Add mater&amp;ial</source>
            <translation>Tambah b&amp;ahan</translation>
        </message>
        <message>
            <source>Remo&amp;ve material</source>
            <translation>Ha&amp;pus bahan</translation>
        </message>
        <message>
            <source>Who may join</source>
            <translation>Syarat peserta</translation>
        </message>
        <message>
            <source>Ag&amp;e from:</source>
            <translation>&amp;Usia dari:</translation>
        </message>
        <message>
            <source>Lowest age</source>
            <translation>Usia terendah</translation>
        </message>
        <message>
            <source>t&amp;o:</source>
            <translation>hin&amp;gga:</translation>
        </message>
        <message>
            <source>Highest age</source>
            <translation>Usia tertinggi</translation>
        </message>
        <message>
            <source>on the cohort's first day; — means no limit</source>
            <translation>pada hari pertama angkatan; — berarti tanpa batas</translation>
        </message>
        <message>
            <source>If not met:</source>
            <translation>Jika tidak terpenuhi:</translation>
        </message>
        <message>
            <source>If the age is not met</source>
            <translation>Jika usia tidak terpenuhi</translation>
        </message>
        <message>
            <source>Minimum e&amp;ducation:</source>
            <translation>Pendidikan minima&amp;l:</translation>
        </message>
        <message>
            <source>Minimum education</source>
            <translation>Pendidikan minimal</translation>
        </message>
        <message>
            <source>If the education is not met</source>
            <translation>Jika pendidikan tidak terpenuhi</translation>
        </message>
        <message>
            <source>Target &amp;groups:</source>
            <translation>Kelompok sasa&amp;ran:</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Kelompok sasaran</translation>
        </message>
        <message>
            <source>If not in a target group</source>
            <translation>Jika bukan kelompok sasaran</translation>
        </message>
        <message>
            <source>At least one of those ticked; none ticked: anyone.</source>
            <translation>Paling sedikit satu yang dicentang; tidak ada yang dicentang: siapa saja.</translation>
        </message>
        <message>
            <source>Only for people not in &amp;school or working</source>
            <translation>Hanya untuk yang tidak &amp;sekolah atau bekerja</translation>
        </message>
        <message>
            <source>If in school or working</source>
            <translation>Jika sedang sekolah atau bekerja</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Kelulusan</translation>
        </message>
        <message>
            <source>At &amp;least this attendance:</source>
            <translation>K&amp;ehadiran minimal:</translation>
        </message>
        <message>
            <source>Minimum attendance in percent</source>
            <translation>Kehadiran minimal dalam persen</translation>
        </message>
        <message>
            <source>Excused a&amp;bsences (Izin, Sakit) count as present</source>
            <translation>I&amp;zin dan Sakit dihitung hadir</translation>
        </message>
        <message>
            <source>Needs a post-test score o&amp;f at least:</source>
            <translation>Perlu nilai post-test minimal (&amp;f):</translation>
        </message>
        <message>
            <source>Minimum post-test score</source>
            <translation>Nilai post-test minimal</translation>
        </message>
        <message>
            <source>Enter: next field. Ctrl+S: save. Alt+Up or Alt+Down: move a row.</source>
            <translation>Enter: kolom berikutnya. Ctrl+S: simpan. Alt+Atas atau Alt+Bawah: pindahkan baris.</translation>
        </message>
        <message>
            <source>Reload t&amp;he saved programme</source>
            <translation>Muat &amp;ulang program yang tersimpan</translation>
        </message>
    </context>
    <context>
        <name>ProgrammePreferences</name>
        <message>
            <source>First choice</source>
            <translation>Pilihan pertama</translation>
        </message>
        <message>
            <source>Second choice</source>
            <translation>Pilihan kedua</translation>
        </message>
        <message>
            <source>Third choice</source>
            <translation>Pilihan ketiga</translation>
        </message>
        <message>
            <source>Choice %1</source>
            <translation>Pilihan %1</translation>
        </message>
        <message>
            <source>Programme no. %1</source>
            <translation>Program no. %1</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesPage</name>
        <message>
            <source>Programmes</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Arsi&amp;pkan</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>Pu&amp;lihkan</translation>
        </message>
        <message>
            <source>Archive programme</source>
            <translation>Arsipkan program</translation>
        </message>
        <message>
            <source>Restore programme</source>
            <translation>Pulihkan program</translation>
        </message>
        <message>
            <source>1 programme</source>
            <translation>1 program</translation>
        </message>
        <message>
            <source>%1 programmes</source>
            <translation>%1 program</translation>
        </message>
        <message>
            <source>Saved the programme %1.</source>
            <translation>Program %1 tersimpan.</translation>
        </message>
        <message>
            <source>Archived the programme %1: it is no longer offered, and everything about it is kept. Restore brings it back.</source>
            <translation>Program %1 diarsipkan: tidak ditawarkan lagi, dan semua datanya tetap tersimpan. Pulihkan untuk menawarkannya lagi.</translation>
        </message>
        <message>
            <source>Restored the programme %1: it is offered again.</source>
            <translation>Program %1 dipulihkan: ditawarkan lagi.</translation>
        </message>
        <message>
            <source>Delete programme</source>
            <translation>Hapus program</translation>
        </message>
        <message>
            <source>Delete the programme %1 (%2)? Deleting is for a programme made by mistake and cannot be undone. To stop offering a programme, archive it instead.</source>
            <translation>Hapus program %1 (%2)? Menghapus hanya untuk program yang salah dibuat dan tidak dapat dibatalkan. Untuk berhenti menawarkan program, arsipkan saja.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Deleted the programme %1.</source>
            <translation>Program %1 dihapus.</translation>
        </message>
        <message>
            <source>The training programmes of this centre: their hours, competency units, materials and who may join them.</source>
            <translation>Program pelatihan lembaga ini: jam, unit kompetensi, bahan, dan syarat pesertanya.</translation>
        </message>
        <message>
            <source>Show archived programmes</source>
            <translation>Tampilkan program yang diarsipkan</translation>
        </message>
        <message>
            <source>Show &amp;archived programmes</source>
            <translation>Tampilkan program yang dia&amp;rsipkan</translation>
        </message>
        <message>
            <source>New programme</source>
            <translation>Program baru</translation>
        </message>
        <message>
            <source>&amp;New programme…</source>
            <translation>Program &amp;baru…</translation>
        </message>
        <message>
            <source>Edit programme</source>
            <translation>Ubah program</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <source>Feedback survey questions</source>
            <translation>Pertanyaan survei umpan balik</translation>
        </message>
        <message>
            <source>The questions of the programme's feedback survey</source>
            <translation>Pertanyaan survei umpan balik untuk program ini</translation>
        </message>
        <message>
            <source>Survey &amp;questions…</source>
            <translation>Pertanyaan &amp;survei…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
    </context>
    <context>
        <name>ProgrammesTableModel</name>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Skill area</source>
            <translation>Kejuruan</translation>
        </message>
        <message>
            <source>Hours (JP)</source>
            <translation>Jam (JP)</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Diarsipkan</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Re-issue a certificate</source>
            <translation>Terbitkan ulang sertifikat</translation>
        </message>
        <message>
            <source>Revoke a certificate</source>
            <translation>Cabut sertifikat</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
        <message>
            <source>Folder for the new PDF</source>
            <translation>Folder untuk PDF baru</translation>
        </message>
        <message>
            <source>Optional: also save the new PDF here</source>
            <translation>Pilihan: simpan juga PDF baru di sini</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>Pi&amp;lih…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Pilih folder</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>Re-&amp;issue</source>
            <translation>Terbitkan &amp;ulang</translation>
        </message>
        <message>
            <source>Re&amp;voke</source>
            <translation>Ca&amp;but</translation>
        </message>
        <message>
            <source>A new certificate with a new number is issued from the participant's record as it is now (a corrected name, for example). This one stays in the register as superseded, and verifying it says so.</source>
            <translation>Sertifikat baru dengan nomor baru diterbitkan dari data peserta saat ini (misalnya nama yang sudah diperbaiki). Sertifikat ini tetap di buku induk sebagai digantikan, dan verifikasinya menyatakan demikian.</translation>
        </message>
        <message>
            <source>The certificate keeps its number and stays in the register, shown as revoked; verifying it says it was revoked, with the reason. This cannot be undone.</source>
            <translation>Sertifikat tetap memakai nomornya dan tetap di buku induk, ditandai dicabut; verifikasinya menyatakan dicabut beserta alasannya. Ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>There is no folder %1.</source>
            <translation>Folder %1 tidak ada.</translation>
        </message>
        <message>
            <source>Re-issued, but the PDF could not be written: %1</source>
            <translation>Sudah diterbitkan ulang, tetapi PDF tidak dapat ditulis: %1</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <source>Receive</source>
            <translation>Terima</translation>
        </message>
        <message>
            <source>Stock coming in: a donation or a purchase, put at a place.</source>
            <translation>Stok masuk: hibah atau pembelian, diletakkan di suatu tempat.</translation>
        </message>
        <message>
            <source>&amp;Put at:</source>
            <translation>&amp;Letakkan di:</translation>
        </message>
        <message>
            <source>&amp;Received as:</source>
            <translation>&amp;Diterima sebagai:</translation>
        </message>
        <message>
            <source>&amp;Value (Rp):</source>
            <translation>&amp;Nilai (Rp):</translation>
        </message>
        <message>
            <source>Received %1 of %2 at %3.</source>
            <translation>%1 %2 diterima di %3.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Pelita checks the database file every time it starts, and found %1 damaged. This happens after a power cut or with a failing disk. Nothing has been changed.

Restore a backup to go on working. The damaged file is kept as a safety copy, and whatever was entered after the backup was taken has to be entered again.

What SQLite reported: %2</source>
            <translation>Pelita memeriksa berkas basis data setiap kali dibuka, dan menemukan %1 rusak. Hal ini terjadi setelah listrik padam atau jika disk mulai rusak. Belum ada yang diubah.

Pulihkan cadangan agar dapat bekerja kembali. Berkas yang rusak disimpan sebagai salinan pengaman, dan data apa pun yang dimasukkan setelah cadangan dibuat harus dimasukkan lagi.

Laporan SQLite: %2</translation>
        </message>
        <message>
            <source>No good backup was found in %1. If there is one elsewhere, for example on a USB drive, choose it.</source>
            <translation>Tidak ditemukan cadangan yang baik di %1. Jika ada cadangan di tempat lain, misalnya di flashdisk, pilihlah cadangan tersebut.</translation>
        </message>
        <message>
            <source>Newest good backup: %1
%2</source>
            <translation>Cadangan baik terbaru: %1
%2</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Basis data rusak</translation>
        </message>
        <message>
            <source>What happened to the database</source>
            <translation>Apa yang terjadi pada basis data</translation>
        </message>
        <message>
            <source>Backup to restore</source>
            <translation>Cadangan yang akan dipulihkan</translation>
        </message>
        <message>
            <source>The backup to restore</source>
            <translation>Cadangan yang akan dipulihkan</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frasa sandi:</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Frasa sandi cadangan</translation>
        </message>
        <message>
            <source>&amp;Choose another backup…</source>
            <translation>Pilih &amp;cadangan lain…</translation>
        </message>
        <message>
            <source>Choose another backup file</source>
            <translation>Pilih berkas cadangan lain</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>Quit Pelita</source>
            <translation>Keluar dari Pelita</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>&amp;Pulihkan cadangan ini</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Pulihkan cadangan ini</translation>
        </message>
    </context>
    <context>
        <name>RegionPicker</name>
        <message>
            <source>Province:</source>
            <translation>Provinsi:</translation>
        </message>
        <message>
            <source>Regency or city:</source>
            <translation>Kabupaten/kota:</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>Kecamatan:</translation>
        </message>
        <message>
            <source>Village:</source>
            <translation>Desa/kelurahan:</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provinsi</translation>
        </message>
        <message>
            <source>Regency or city</source>
            <translation>Kabupaten atau kota</translation>
        </message>
        <message>
            <source>District (kecamatan)</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Village (desa or kelurahan)</source>
            <translation>Desa atau kelurahan</translation>
        </message>
        <message>
            <source>Type to search…</source>
            <translation>Ketik untuk mencari…</translation>
        </message>
    </context>
    <context>
        <name>ReportModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Enrolled, with a seat</source>
            <translation>Terdaftar, dengan kursi</translation>
        </message>
        <message>
            <source>On the waitlist</source>
            <translation>Di daftar tunggu</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <source>Not done (stopped)</source>
            <translation>Belum diproses (dihentikan)</translation>
        </message>
    </context>
    <context>
        <name>RequestsTableModel</name>
        <message>
            <source>Person</source>
            <translation>Orang</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Permintaan</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Terlambat</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Replace the data with this backup</source>
            <translation>Ganti data dengan cadangan ini</translation>
        </message>
        <message>
            <source>Backup of %1
%2</source>
            <translation>Cadangan %1
%2</translation>
        </message>
    </context>
    <context>
        <name>RetentionView</name>
        <message>
            <source> months</source>
            <translation> bulan</translation>
        </message>
        <message>
            <source>Nobody is past the period.</source>
            <translation>Tidak ada yang melewati masa simpan.</translation>
        </message>
        <message>
            <source>1 person past the period</source>
            <translation>1 orang melewati masa simpan</translation>
        </message>
        <message>
            <source>%1 people past the period</source>
            <translation>%1 orang melewati masa simpan</translation>
        </message>
        <message>
            <source>&amp;Anonymise %1 people…</source>
            <translation>&amp;Anonimkan %1 orang…</translation>
        </message>
        <message>
            <source>&amp;Anonymise selected…</source>
            <translation>&amp;Anonimkan yang dipilih…</translation>
        </message>
        <message>
            <source>Saved: the data of inactive people is kept for %1 months.</source>
            <translation>Tersimpan: data orang yang tidak aktif disimpan selama %1 bulan.</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>dan %1 lainnya</translation>
        </message>
        <message>
            <source>Anonymise %1? This cannot be undone.</source>
            <translation>Anonimkan %1? Ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>&amp;Anonymise 1 person</source>
            <translation>&amp;Anonimkan 1 orang</translation>
        </message>
        <message>
            <source>Anonymise %1 people (%2)? This cannot be undone.</source>
            <translation>Anonimkan %1 orang (%2)? Ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>&amp;Anonymise %1 people</source>
            <translation>&amp;Anonimkan %1 orang</translation>
        </message>
        <message>
            <source>Anonymise inactive people</source>
            <translation>Anonimkan orang yang tidak aktif</translation>
        </message>
        <message>
            <source>Inactive for longer than the retention period of %1 months</source>
            <translation>Tidak aktif lebih lama dari masa simpan %1 bulan</translation>
        </message>
        <message>
            <source>Anonymised 1 person.</source>
            <translation>1 orang sudah dianonimkan.</translation>
        </message>
        <message>
            <source>Anonymised %1 people.</source>
            <translation>%1 orang sudah dianonimkan.</translation>
        </message>
        <message>
            <source>People are kept on record only as long as the centre needs them. Those with no activity at the centre (registration, enrolment, attendance, certificate, call or loan) for longer than the period below are listed here: look through them, and anonymise those the centre no longer needs.</source>
            <translation>Data seseorang hanya disimpan selama lembaga masih membutuhkannya. Orang yang tidak punya kegiatan apa pun di lembaga (pendaftaran, pendaftaran ke angkatan, kehadiran, sertifikat, panggilan, atau pinjaman) lebih lama dari masa simpan di bawah ini tercantum di sini: periksa daftarnya, lalu anonimkan orang yang tidak dibutuhkan lagi oleh lembaga.</translation>
        </message>
        <message>
            <source>&amp;Keep the data of inactive people for:</source>
            <translation>&amp;Masa simpan data orang yang tidak aktif:</translation>
        </message>
        <message>
            <source>Retention period in months</source>
            <translation>Masa simpan dalam bulan</translation>
        </message>
        <message>
            <source>&amp;Save period</source>
            <translation>&amp;Simpan masa</translation>
        </message>
        <message>
            <source>Save the retention period</source>
            <translation>Simpan masa simpan data</translation>
        </message>
        <message>
            <source>People inactive for longer than the period</source>
            <translation>Orang yang tidak aktif lebih lama dari masa simpan</translation>
        </message>
        <message>
            <source>Anonymise the selected people</source>
            <translation>Anonimkan orang yang dipilih</translation>
        </message>
        <message>
            <source>Ctrl+click or Shift+click selects several; Ctrl+A all.</source>
            <translation>Ctrl+klik atau Shift+klik untuk memilih beberapa; Ctrl+A untuk semua.</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>&amp;Return</source>
            <translation>&amp;Kembalikan</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>jatuh tempo %1</translation>
        </message>
        <message>
            <source>Nothing is out on loan now.</source>
            <translation>Saat ini tidak ada barang yang sedang dipinjam.</translation>
        </message>
        <message>
            <source>Lent on %1, due %2; it went out in this condition: %3.</source>
            <translation>Dipinjamkan pada %1, jatuh tempo %2; kondisi saat keluar: %3.</translation>
        </message>
        <message>
            <source>Choose the loan that comes back.</source>
            <translation>Pilih pinjaman yang dikembalikan.</translation>
        </message>
        <message>
            <source>Choose the place it goes back to.</source>
            <translation>Pilih tempat barang ini dikembalikan.</translation>
        </message>
        <message>
            <source>Return a loan</source>
            <translation>Kembalikan pinjaman</translation>
        </message>
        <message>
            <source>Take back a piece of equipment that was lent. Only loans still out are listed.</source>
            <translation>Terima kembali peralatan yang dipinjamkan. Hanya pinjaman yang belum kembali yang ditampilkan.</translation>
        </message>
        <message>
            <source>What returning does</source>
            <translation>Penjelasan pengembalian</translation>
        </message>
        <message>
            <source>&amp;Loan:</source>
            <translation>&amp;Pinjaman:</translation>
        </message>
        <message>
            <source>The loan coming back</source>
            <translation>Pinjaman yang dikembalikan</translation>
        </message>
        <message>
            <source>The loan</source>
            <translation>Pinjaman</translation>
        </message>
        <message>
            <source>&amp;Returned on:</source>
            <translation>&amp;Tanggal kembali:</translation>
        </message>
        <message>
            <source>Returned on</source>
            <translation>Tanggal kembali</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>&amp;Condition:</source>
            <translation>K&amp;ondisi:</translation>
        </message>
        <message>
            <source>Condition as it comes back</source>
            <translation>Kondisi saat dikembalikan</translation>
        </message>
        <message>
            <source>&amp;Back to:</source>
            <translation>&amp;Dikembalikan ke:</translation>
        </message>
        <message>
            <source>The place it returns to</source>
            <translation>Tempat barang dikembalikan</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
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
        <name>RollCallDialog</name>
        <message>
            <source>Roll call: %1</source>
            <translation>Absensi: %1</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>terkunci</translation>
        </message>
        <message>
            <source>This session is older than %1 days: its marks change only with a reason, kept in the audit log. Give the reason first.</source>
            <translation>Sesi ini lebih lama dari %1 hari: kehadirannya hanya dapat diubah dengan alasan, yang dicatat di log audit. Isi alasannya dahulu.</translation>
        </message>
        <message>
            <source>Changing marks older than %1 days. Reason: %2</source>
            <translation>Mengubah kehadiran yang lebih lama dari %1 hari. Alasan: %2</translation>
        </message>
        <message>
            <source>This session was cancelled; nobody can be marked for it.</source>
            <translation>Sesi ini dibatalkan; kehadiran tidak dapat diisi.</translation>
        </message>
        <message>
            <source>This session is on %1; attendance is taken on the day or after.</source>
            <translation>Sesi ini pada %1; kehadiran diisi pada hari itu atau sesudahnya.</translation>
        </message>
        <message>
            <source>Marks older than %1 days change only by an administrator. Ask one to change them.</source>
            <translation>Kehadiran yang lebih lama dari %1 hari hanya dapat diubah oleh administrator. Mintalah administrator mengubahnya.</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Alasan perubahan</translation>
        </message>
        <message>
            <source>These marks are older than %1 days. Why do they change?</source>
            <translation>Kehadiran ini lebih lama dari %1 hari. Mengapa diubah?</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Lanjut</translation>
        </message>
        <message>
            <source>Type the minutes late, then Enter.</source>
            <translation>Ketik menit terlambat, lalu Enter.</translation>
        </message>
        <message>
            <source>Roll call</source>
            <translation>Absensi</translation>
        </message>
        <message>
            <source>Why these marks cannot change</source>
            <translation>Mengapa kehadiran ini tidak dapat diubah</translation>
        </message>
        <message>
            <source>Mark everyone present</source>
            <translation>Tandai semua hadir</translation>
        </message>
        <message>
            <source>&amp;Everyone present</source>
            <translation>&amp;Semua hadir</translation>
        </message>
        <message>
            <source>Give the reason for changing old marks</source>
            <translation>Isi alasan mengubah kehadiran lama</translation>
        </message>
        <message>
            <source>Give the &amp;reason…</source>
            <translation>Isi &amp;alasan…</translation>
        </message>
        <message>
            <source>Keys: ↑ ↓ choose a person · H T I S A give the mark · Ctrl+Z undo</source>
            <translation>Tombol: ↑ ↓ pilih orang · H T I S A beri tanda · Ctrl+Z batalkan</translation>
        </message>
        <message>
            <source>People on the roll</source>
            <translation>Peserta dalam daftar</translation>
        </message>
        <message>
            <source>Result of the last mark</source>
            <translation>Hasil tanda terakhir</translation>
        </message>
        <message>
            <source>Close the roll call</source>
            <translation>Tutup absensi</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>RollCallMarking</name>
        <message>
            <source>Saved</source>
            <translation>Tersimpan</translation>
        </message>
        <message>
            <source>Saved: %1, %2.</source>
            <translation>Tersimpan: %1, %2.</translation>
        </message>
        <message>
            <source>Marked %1 people present; now mark the exceptions.</source>
            <translation>%1 orang ditandai hadir; sekarang tandai yang berbeda.</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>Undone.</source>
            <translation>Dibatalkan.</translation>
        </message>
    </context>
    <context>
        <name>RollCallRow</name>
        <message>
            <source>Result for %1</source>
            <translation>Hasil untuk %1</translation>
        </message>
        <message>
            <source>Key %1</source>
            <translation>Tombol %1</translation>
        </message>
        <message>
            <source> min</source>
            <translation> menit</translation>
        </message>
        <message>
            <source>Minutes late: %1</source>
            <translation>Terlambat: %1 menit</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Catatan: %1</translation>
        </message>
        <message>
            <source>Not applicable: not in the class on this day</source>
            <translation>Tidak berlaku: tidak ikut kelas pada hari ini</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Mendaftar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Admitted by an administrator's override</source>
            <translation>Diterima dengan pengecualian oleh administrator</translation>
        </message>
    </context>
    <context>
        <name>SavablePdfViewer</name>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Simpan PDF…</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>Simpan PDF</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>Buka di penampil PDF</translation>
        </message>
        <message>
            <source>The pages</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Disimpan sebagai %1</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>%1 tidak dapat disimpan: %2</translation>
        </message>
    </context>
    <context>
        <name>ScheduleEditor</name>
        <message>
            <source>No days yet: add the days the cohort meets.</source>
            <translation>Belum ada hari: tambahkan hari-hari pertemuan angkatan.</translation>
        </message>
        <message>
            <source>&amp;Add a day</source>
            <translation>&amp;Tambah hari</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Day %1</source>
            <translation>Hari %1</translation>
        </message>
        <message>
            <source>Day %1 starts at</source>
            <translation>Hari %1 mulai pukul</translation>
        </message>
        <message>
            <source>Day %1 ends at</source>
            <translation>Hari %1 selesai pukul</translation>
        </message>
        <message>
            <source>Remove day %1</source>
            <translation>Hapus hari %1</translation>
        </message>
    </context>
    <context>
        <name>ScoreDelegate</name>
        <message>
            <source>Score</source>
            <translation>Nilai</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>A public holiday: %1</source>
            <translation>Hari libur nasional: %1</translation>
        </message>
        <message>
            <source>Saved. Please check:</source>
            <translation>Disimpan. Mohon periksa:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Move a session</source>
            <translation>Pindahkan sesi</translation>
        </message>
        <message>
            <source>Moving the session of %1.</source>
            <translation>Memindahkan sesi %1.</translation>
        </message>
        <message>
            <source>It was first planned for %1.</source>
            <translation>Semula direncanakan pada %1.</translation>
        </message>
        <message>
            <source>Optional; kept with the session</source>
            <translation>Tidak wajib; disimpan bersama sesi</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Pindahkan</translation>
        </message>
        <message>
            <source>Cancel a session</source>
            <translation>Batalkan sesi</translation>
        </message>
        <message>
            <source>Cancelling the session of %1.</source>
            <translation>Membatalkan sesi %1.</translation>
        </message>
        <message>
            <source>Required: why it does not take place</source>
            <translation>Wajib: mengapa sesi tidak berlangsung</translation>
        </message>
        <message>
            <source>Cancel the session</source>
            <translation>Batalkan sesi</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Tetap adakan</translation>
        </message>
        <message>
            <source>Add a make-up session</source>
            <translation>Tambah sesi pengganti</translation>
        </message>
        <message>
            <source>A make-up session for cohort %1 (%2 to %3).</source>
            <translation>Sesi pengganti untuk angkatan %1 (%2 sampai %3).</translation>
        </message>
        <message>
            <source>Optional, such as the session it makes up for</source>
            <translation>Tidak wajib, misalnya sesi yang digantikan</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>The session</source>
            <translation>Sesi</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Hari:</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Jam:</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Mulai pukul</translation>
        </message>
        <message>
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <source>to</source>
            <translation>sampai</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Selesai pukul</translation>
        </message>
        <message>
            <source>&amp;Room:</source>
            <translation>&amp;Ruang:</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Ruang</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>What to check</source>
            <translation>Yang perlu diperiksa</translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <source>Day</source>
            <translation>Hari</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Jam</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Ruang</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>Moved from</source>
            <translation>Dipindah dari</translation>
        </message>
        <message>
            <source>Regular</source>
            <translation>Reguler</translation>
        </message>
        <message>
            <source>Make-up</source>
            <translation>Pengganti</translation>
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation>Dibatalkan: %1</translation>
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
            <source>Backups</source>
            <translation>Cadangan</translation>
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
            <source>Saved: after %1 days only an administrator changes a session's marks.</source>
            <translation>Tersimpan: setelah %1 hari hanya administrator yang dapat mengubah kehadiran sesi.</translation>
        </message>
        <message>
            <source>Centre profile saved.</source>
            <translation>Profil lembaga disimpan.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Umum</translation>
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
            <source>Attendance &amp;fixed after days</source>
            <translation>Kehadiran &amp;terkunci setelah (hari)</translation>
        </message>
        <message>
            <source>Days after which only an administrator changes a session's attendance</source>
            <translation>Jumlah hari setelah itu hanya administrator yang dapat mengubah kehadiran sesi</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save the days after which attendance is fixed</source>
            <translation>Simpan jumlah hari penguncian kehadiran</translation>
        </message>
        <message>
            <source>After this many days, only an administrator changes a session's marks, giving a reason.</source>
            <translation>Setelah sekian hari, hanya administrator yang dapat mengubah kehadiran sesi, dengan alasan.</translation>
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
            <source>Import an archive</source>
            <translation>Impor arsip</translation>
        </message>
        <message>
            <source>Pelita archives (*.zip)</source>
            <translation>Arsip Pelita (*.zip)</translation>
        </message>
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
            <source>Loading everything from %1…</source>
            <translation>Memuat semua data dari %1…</translation>
        </message>
        <message>
            <source>The archive is imported: %1.

Log in with an account from the archive.</source>
            <translation>Arsip sudah diimpor: %1.

Masuk dengan akun dari arsip tersebut.</translation>
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
            <source>Moving from another Pelita? Import the archive it exported (Settings, Export everything) instead of setting up a new centre.</source>
            <translation>Pindah dari Pelita lain? Impor arsip yang diekspor dari sana (Pengaturan, Ekspor semua data), alih-alih menyiapkan lembaga baru.</translation>
        </message>
        <message>
            <source>&amp;Import an archive…</source>
            <translation>&amp;Impor arsip…</translation>
        </message>
        <message>
            <source>Load everything from an archive another Pelita exported</source>
            <translation>Muat semua data dari arsip yang diekspor oleh Pelita lain</translation>
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
            <source>Administrator's full name</source>
            <translation>Nama lengkap administrator</translation>
        </message>
        <message>
            <source>&amp;User name</source>
            <translation>Nama &amp;pengguna</translation>
        </message>
        <message>
            <source>Administrator's user name</source>
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
        <name>SponsorAgreementDialog</name>
        <message>
            <source>Agreement</source>
            <translation>Perjanjian</translation>
        </message>
        <message>
            <source>A memorandum of understanding (MoU) or cooperation agreement (PKS) with the sponsor.</source>
            <translation>Nota kesepahaman (MoU) atau perjanjian kerja sama (PKS) dengan sponsor.</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Nomor:</translation>
        </message>
        <message>
            <source>Agreement number</source>
            <translation>Nomor perjanjian</translation>
        </message>
        <message>
            <source>MoU/017/CSR/2026</source>
            <translation>MoU/017/CSR/2026</translation>
        </message>
        <message>
            <source>&amp;Starts on:</source>
            <translation>&amp;Mulai tanggal:</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Tanggal mulai</translation>
        </message>
        <message>
            <source>Until:</source>
            <translation>Sampai:</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>&amp;Berakhir tanggal:</translation>
        </message>
        <message>
            <source>The agreement has an end date</source>
            <translation>Perjanjian ini memiliki tanggal berakhir</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Tanggal berakhir</translation>
        </message>
        <message>
            <source>&amp;Commitment:</source>
            <translation>&amp;Komitmen:</translation>
        </message>
        <message>
            <source>What the sponsor committed to</source>
            <translation>Apa yang dijanjikan sponsor</translation>
        </message>
        <message>
            <source>&amp;Amount promised:</source>
            <translation>&amp;Jumlah dijanjikan:</translation>
        </message>
        <message>
            <source>Amount promised in rupiah</source>
            <translation>Jumlah yang dijanjikan dalam rupiah</translation>
        </message>
        <message>
            <source>Rp</source>
            <translation>Rp</translation>
        </message>
        <message>
            <source>Optional, in rupiah, as the agreement states it.</source>
            <translation>Opsional, dalam rupiah, sesuai yang tertulis di perjanjian.</translation>
        </message>
    </context>
    <context>
        <name>SponsorContactDialog</name>
        <message>
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>Contact person's name</source>
            <translation>Nama narahubung</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Jabatan:</translation>
        </message>
        <message>
            <source>Position at the sponsor</source>
            <translation>Jabatan di instansi sponsor</translation>
        </message>
        <message>
            <source>CSR manager</source>
            <translation>Manajer CSR</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Telepon:</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Nomor telepon</translation>
        </message>
        <message>
            <source>0812-3456-7890</source>
            <translation>0812-3456-7890</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>Alamat email</translation>
        </message>
        <message>
            <source>nama@contoh.co.id</source>
            <translation>nama@contoh.co.id</translation>
        </message>
    </context>
    <context>
        <name>SponsorDetailDialog</name>
        <message>
            <source>Saved the contact %1.</source>
            <translation>Kontak %1 disimpan.</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Hapus kontak</translation>
        </message>
        <message>
            <source>Remove %1 from the sponsor's contacts?</source>
            <translation>Hapus %1 dari daftar kontak sponsor?</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Removed the contact %1.</source>
            <translation>Kontak %1 dihapus.</translation>
        </message>
        <message>
            <source>Saved the agreement %1.</source>
            <translation>Perjanjian %1 disimpan.</translation>
        </message>
        <message>
            <source>Remove agreement</source>
            <translation>Hapus perjanjian</translation>
        </message>
        <message>
            <source>Remove the agreement %1? It is for one entered by mistake.</source>
            <translation>Hapus perjanjian %1? Ini hanya untuk perjanjian yang salah dimasukkan.</translation>
        </message>
        <message>
            <source>Removed the agreement %1.</source>
            <translation>Perjanjian %1 dihapus.</translation>
        </message>
        <message>
            <source>Recorded the cash contribution.</source>
            <translation>Kontribusi tunai sudah dicatat.</translation>
        </message>
        <message>
            <source>Recorded the items given and put them in stock.</source>
            <translation>Barang yang diberikan sudah dicatat dan dimasukkan ke stok.</translation>
        </message>
        <message>
            <source>Attach the scanned letter or receipt</source>
            <translation>Lampirkan hasil pindaian surat atau kuitansi</translation>
        </message>
        <message>
            <source>PDF or image (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
            <translation>PDF atau gambar (*.pdf *.png *.jpg *.jpeg);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Attached %1.</source>
            <translation>%1 dilampirkan.</translation>
        </message>
        <message>
            <source>1 contribution</source>
            <translation>1 kontribusi</translation>
        </message>
        <message>
            <source>%1 contributions</source>
            <translation>%1 kontribusi</translation>
        </message>
        <message>
            <source>Cash: %1 in %2. In kind: %3 (estimated value) in %4.</source>
            <translation>Tunai: %1 dalam %2. Natura (barang): %3 (perkiraan nilai) dalam %4.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>nonaktif</translation>
        </message>
        <message>
            <source>sponsors 1 cohort</source>
            <translation>mensponsori 1 angkatan</translation>
        </message>
        <message>
            <source>sponsors %1 cohorts</source>
            <translation>mensponsori %1 angkatan</translation>
        </message>
        <message>
            <source>Sponsor: %1</source>
            <translation>Sponsor: %1</translation>
        </message>
        <message>
            <source>Saved the profile of %1.</source>
            <translation>Profil %1 disimpan.</translation>
        </message>
        <message>
            <source>Saved the logo.</source>
            <translation>Logo disimpan.</translation>
        </message>
        <message>
            <source>Removed the logo.</source>
            <translation>Logo dihapus.</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>The sponsor's record</source>
            <translation>Data sponsor</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>Pro&amp;fil</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>Sponsor's name</source>
            <translation>Nama sponsor</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <source>Type of sponsor</source>
            <translation>Jenis sponsor</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>&amp;Alamat:</translation>
        </message>
        <message>
            <source>Sponsor's address</source>
            <translation>Alamat sponsor</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>&amp;Catatan:</translation>
        </message>
        <message>
            <source>Notes about the sponsor</source>
            <translation>Catatan tentang sponsor</translation>
        </message>
        <message>
            <source>&amp;Active: offered for new cohorts</source>
            <translation>Aktif: dita&amp;warkan untuk angkatan baru</translation>
        </message>
        <message>
            <source>Sponsor is active</source>
            <translation>Sponsor aktif</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>The sponsor's logo</source>
            <translation>Logo sponsor</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>P&amp;ilih logo…</translation>
        </message>
        <message>
            <source>Choose the sponsor's logo</source>
            <translation>Pilih logo sponsor</translation>
        </message>
        <message>
            <source>Re&amp;move logo</source>
            <translation>Hapus lo&amp;go</translation>
        </message>
        <message>
            <source>Remove the sponsor's logo</source>
            <translation>Hapus logo sponsor</translation>
        </message>
        <message>
            <source>Printed on the certificates of the cohorts it sponsors and on its impact report (PNG or JPEG). Saved as soon as it is chosen.</source>
            <translation>Dicetak pada sertifikat angkatan yang disponsorinya dan pada laporan dampaknya (PNG atau JPEG). Langsung disimpan begitu dipilih.</translation>
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation>&amp;Simpan profil</translation>
        </message>
        <message>
            <source>Save the sponsor's profile</source>
            <translation>Simpan profil sponsor</translation>
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation>&amp;Kontak</translation>
        </message>
        <message>
            <source>Contact people</source>
            <translation>Daftar kontak</translation>
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation>&amp;Tambah kontak…</translation>
        </message>
        <message>
            <source>Add a contact person</source>
            <translation>Tambah kontak</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Ubah…</translation>
        </message>
        <message>
            <source>Edit the contact person</source>
            <translation>Ubah kontak</translation>
        </message>
        <message>
            <source>Remove the contact person</source>
            <translation>Hapus kontak</translation>
        </message>
        <message>
            <source>A&amp;greements</source>
            <translation>&amp;Perjanjian</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Daftar perjanjian</translation>
        </message>
        <message>
            <source>&amp;Add agreement…</source>
            <translation>P&amp;erjanjian baru…</translation>
        </message>
        <message>
            <source>Add an agreement</source>
            <translation>Tambah perjanjian</translation>
        </message>
        <message>
            <source>Edit the agreement</source>
            <translation>Ubah perjanjian</translation>
        </message>
        <message>
            <source>Remove the agreement</source>
            <translation>Hapus perjanjian</translation>
        </message>
        <message>
            <source>Contri&amp;butions</source>
            <translation>K&amp;ontribusi</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Daftar kontribusi</translation>
        </message>
        <message>
            <source>Record ca&amp;sh…</source>
            <translation>Catat &amp;dana tunai…</translation>
        </message>
        <message>
            <source>Record a cash contribution</source>
            <translation>Catat kontribusi tunai</translation>
        </message>
        <message>
            <source>Record i&amp;tems…</source>
            <translation>Catat ba&amp;rang…</translation>
        </message>
        <message>
            <source>Record items given in kind</source>
            <translation>Catat barang yang diberikan (natura)</translation>
        </message>
        <message>
            <source>Attach &amp;document…</source>
            <translation>La&amp;mpirkan dokumen…</translation>
        </message>
        <message>
            <source>Attach a scanned document to the contribution</source>
            <translation>Lampirkan dokumen hasil pindaian ke kontribusi</translation>
        </message>
        <message>
            <source>&amp;Open document</source>
            <translation>&amp;Buka dokumen</translation>
        </message>
        <message>
            <source>Open the contribution's document</source>
            <translation>Buka dokumen kontribusi</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
        <message>
            <source>&amp;Impact report…</source>
            <translation>&amp;Laporan dampak…</translation>
        </message>
        <message>
            <source>Impact report for the sponsor</source>
            <translation>Laporan dampak untuk sponsor</translation>
        </message>
    </context>
    <context>
        <name>SponsorReportDialog</name>
        <message>
            <source>Sponsor impact report</source>
            <translation>Laporan dampak sponsor</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>What the sponsor gave in the period and what it did: money and items, the cohorts, loans and materials, the participants reached, completion and certificates. Figures only: no participant's name, NIK, phone or address.</source>
            <translation>Apa yang diberikan sponsor dalam periode ini dan apa hasilnya: uang dan barang, angkatan, pinjaman dan bahan, peserta yang terjangkau, kelulusan dan sertifikat. Hanya angka: tanpa nama, NIK, nomor telepon, atau alamat peserta.</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Dari:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>s&amp;ampai:</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Ba&amp;hasa:</translation>
        </message>
        <message>
            <source>Language of the report</source>
            <translation>Bahasa laporan</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>&amp;PDF, to print and send</source>
            <translation>&amp;PDF, untuk dicetak dan dikirim</translation>
        </message>
        <message>
            <source>&amp;Excel workbook (xlsx)</source>
            <translation>Buku kerja &amp;Excel (xlsx)</translation>
        </message>
        <message>
            <source>&amp;CSV file</source>
            <translation>Berkas &amp;CSV</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>&amp;Tampilkan</translation>
        </message>
        <message>
            <source>Show the report in Pelita</source>
            <translation>Tampilkan laporan di Pelita</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>Open the report with its program</source>
            <translation>Buka laporan dengan aplikasinya</translation>
        </message>
    </context>
    <context>
        <name>SponsorsPage</name>
        <message>
            <source>Sponsors</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>Deac&amp;tivate</source>
            <translation>Nonak&amp;tifkan</translation>
        </message>
        <message>
            <source>Reac&amp;tivate</source>
            <translation>Ak&amp;tifkan kembali</translation>
        </message>
        <message>
            <source>Deactivate sponsor</source>
            <translation>Nonaktifkan sponsor</translation>
        </message>
        <message>
            <source>Reactivate sponsor</source>
            <translation>Aktifkan kembali sponsor</translation>
        </message>
        <message>
            <source>1 sponsor</source>
            <translation>1 sponsor</translation>
        </message>
        <message>
            <source>%1 sponsors</source>
            <translation>%1 sponsor</translation>
        </message>
        <message>
            <source>Added the sponsor %1. Open it to add its contacts, agreements and gifts.</source>
            <translation>Sponsor %1 ditambahkan. Buka sponsor ini untuk menambahkan kontak, perjanjian, dan kontribusinya.</translation>
        </message>
        <message>
            <source>Reactivated the sponsor %1: it is offered for new cohorts again.</source>
            <translation>Sponsor %1 diaktifkan kembali: sponsor ini kembali dapat dipilih untuk angkatan baru.</translation>
        </message>
        <message>
            <source>Deactivated the sponsor %1: it is kept with its history and no longer offered for new cohorts.</source>
            <translation>Sponsor %1 dinonaktifkan: data dan riwayatnya tetap disimpan, tetapi tidak lagi dapat dipilih untuk angkatan baru.</translation>
        </message>
        <message>
            <source>Delete sponsor</source>
            <translation>Hapus sponsor</translation>
        </message>
        <message>
            <source>Delete the sponsor %1? Deleting is for a sponsor entered by mistake and cannot be undone. A sponsor that gave something or sponsors a cohort is deactivated instead.</source>
            <translation>Hapus sponsor %1? Penghapusan hanya untuk sponsor yang salah dimasukkan dan tidak dapat dibatalkan. Sponsor yang pernah memberi kontribusi atau mensponsori angkatan akan dinonaktifkan sebagai gantinya.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Deleted the sponsor %1.</source>
            <translation>Sponsor %1 dihapus.</translation>
        </message>
        <message>
            <source>Companies, foundations, government offices and donors that support the centre: their contacts, agreements and what they gave.</source>
            <translation>Perusahaan, yayasan, instansi pemerintah, dan donatur yang mendukung lembaga: kontak, perjanjian, dan apa yang mereka berikan.</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>Search sponsors by name</source>
            <translation>Cari sponsor berdasarkan nama</translation>
        </message>
        <message>
            <source>Part of the name</source>
            <translation>Sebagian nama</translation>
        </message>
        <message>
            <source>Show deactivated sponsors</source>
            <translation>Tampilkan sponsor nonaktif</translation>
        </message>
        <message>
            <source>Show deacti&amp;vated sponsors</source>
            <translation>Tampilkan sponsor &amp;nonaktif</translation>
        </message>
        <message>
            <source>New sponsor</source>
            <translation>Sponsor baru</translation>
        </message>
        <message>
            <source>&amp;New sponsor…</source>
            <translation>Sponsor &amp;baru…</translation>
        </message>
        <message>
            <source>Open sponsor</source>
            <translation>Buka sponsor</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>B&amp;uka…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>Impact report for the sponsor</source>
            <translation>Laporan dampak untuk sponsor</translation>
        </message>
        <message>
            <source>&amp;Impact report…</source>
            <translation>&amp;Laporan dampak…</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
    </context>
    <context>
        <name>SponsorsTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Cash given</source>
            <translation>Tunai diberikan</translation>
        </message>
        <message>
            <source>In kind given (value)</source>
            <translation>Natura diberikan (nilai)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Nonaktif</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The backup was restored. The damaged file is kept as %1.</source>
            <translation>Cadangan sudah dipulihkan. Berkas yang rusak disimpan sebagai %1.</translation>
        </message>
        <message>
            <source>Choose your own password</source>
            <translation>Pilih kata sandi Anda sendiri</translation>
        </message>
        <message>
            <source>The backup was restored; log in again. The data as it was before is kept in %1.</source>
            <translation>Cadangan sudah dipulihkan; silakan masuk kembali. Data sebelumnya disimpan di %1.</translation>
        </message>
    </context>
    <context>
        <name>StockMoveDialog</name>
        <message>
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Tempat:</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Ke:</translation>
        </message>
        <message>
            <source>Place it goes to</source>
            <translation>Tempat tujuan</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Jumlah:</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>e.g. 2,5</source>
            <translation>mis. 2,5</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>&amp;Cara:</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cara</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Tan&amp;ggal:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>&amp;Value (Rp):</source>
            <translation>&amp;Nilai (Rp):</translation>
        </message>
        <message>
            <source>Value in rupiah</source>
            <translation>Nilai dalam rupiah</translation>
        </message>
        <message>
            <source>e.g. 1.500.000</source>
            <translation>mis. 1.500.000</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
    </context>
    <context>
        <name>StockTakeDialog</name>
        <message>
            <source>&amp;Apply the counts</source>
            <translation>Te&amp;rapkan hasil hitungan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Add a place first: nothing is kept anywhere yet.</source>
            <translation>Tambahkan tempat terlebih dahulu: belum ada barang yang disimpan di mana pun.</translation>
        </message>
        <message>
            <source>Nothing is expected at %1.</source>
            <translation>Tidak ada barang yang tercatat di %1.</translation>
        </message>
        <message>
            <source>%1 items expected; %2 counted, %3 differ.</source>
            <translation>%1 barang tercatat; %2 dihitung, %3 berselisih.</translation>
        </message>
        <message>
            <source>%1 typed wrong.</source>
            <translation>%1 salah ketik.</translation>
        </message>
        <message>
            <source>… and %1 more.</source>
            <translation>… dan %1 lainnya.</translation>
        </message>
        <message>
            <source>Count sheet — %1</source>
            <translation>Lembar hitung — %1</translation>
        </message>
        <message>
            <source>count-sheet %1 %2.pdf</source>
            <translation>lembar-hitung %1 %2.pdf</translation>
        </message>
        <message>
            <source>Choose the place counted.</source>
            <translation>Pilih tempat yang dihitung.</translation>
        </message>
        <message>
            <source>Nothing was applied: put right the counts marked in red.</source>
            <translation>Belum ada yang diterapkan: perbaiki hasil hitungan yang bertanda merah.</translation>
        </message>
        <message>
            <source>Discard the counts?</source>
            <translation>Buang hasil hitungan?</translation>
        </message>
        <message>
            <source>%1 counts typed here are not applied. Close and lose them?</source>
            <translation>%1 hasil hitungan yang diketik di sini belum diterapkan. Tutup dan buang hasil hitungan itu?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Keep counting</source>
            <translation>Lanjut menghitung</translation>
        </message>
        <message>
            <source>Recorded the count of %1 on %2: %3 items counted, %4 adjusted</source>
            <translation>Hasil hitung %1 pada %2 dicatat: %3 barang dihitung, %4 disesuaikan</translation>
        </message>
        <message>
            <source>Stock take</source>
            <translation>Stock opname</translation>
        </message>
        <message>
            <source>Count what is at a place. Print the count sheet, count, then type each count here (12,5 for twelve and a half). A row left empty is not counted; each difference becomes an adjustment with your note.</source>
            <translation>Hitung barang yang ada di suatu tempat. Cetak lembar hitung, lakukan penghitungan, lalu ketik setiap hasil hitungan di sini (12,5 untuk dua belas setengah). Baris yang dibiarkan kosong tidak dihitung; setiap selisih menjadi penyesuaian dengan catatan Anda.</translation>
        </message>
        <message>
            <source>How a stock take works</source>
            <translation>Cara kerja stock opname</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Tempat:</translation>
        </message>
        <message>
            <source>The place counted</source>
            <translation>Tempat yang dihitung</translation>
        </message>
        <message>
            <source>Counted &amp;on:</source>
            <translation>Tanggal &amp;hitung:</translation>
        </message>
        <message>
            <source>Counted on</source>
            <translation>Tanggal hitung</translation>
        </message>
        <message>
            <source>dd/MM/yyyy</source>
            <translation>dd/MM/yyyy</translation>
        </message>
        <message>
            <source>Print the count sheet</source>
            <translation>Cetak lembar hitung</translation>
        </message>
        <message>
            <source>&amp;Print count sheet…</source>
            <translation>&amp;Cetak lembar hitung…</translation>
        </message>
        <message>
            <source>Items expected at the place</source>
            <translation>Barang yang tercatat di tempat ini</translation>
        </message>
        <message>
            <source>Counts typed wrong</source>
            <translation>Hasil hitungan yang salah ketik</translation>
        </message>
        <message>
            <source>Counts so far</source>
            <translation>Hasil hitungan sejauh ini</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>C&amp;atatan:</translation>
        </message>
        <message>
            <source>Note on the count</source>
            <translation>Catatan penghitungan</translation>
        </message>
        <message>
            <source>Why counts differ, who counted…</source>
            <translation>Mengapa hasil hitungan berselisih, siapa yang menghitung…</translation>
        </message>
        <message>
            <source>Result of the last action</source>
            <translation>Hasil tindakan terakhir</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Instruktur</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Tanda</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Persentase</translation>
        </message>
    </context>
    <context>
        <name>SurveyEntryDialog</name>
        <message>
            <source>Feedback forms</source>
            <translation>Formulir umpan balik</translation>
        </message>
        <message>
            <source>Type in each paper form as it is: a digit 1–5 answers the question in focus and moves to the next, 0 clears it. Leave empty what was left empty on paper. Ctrl+Enter saves the form.</source>
            <translation>Ketik setiap formulir kertas apa adanya: angka 1–5 menjawab pertanyaan yang sedang dipilih lalu pindah ke pertanyaan berikutnya, angka 0 menghapus jawabannya. Biarkan kosong jawaban yang kosong di kertas. Ctrl+Enter menyimpan formulir.</translation>
        </message>
        <message>
            <source>The questions</source>
            <translation>Daftar pertanyaan</translation>
        </message>
        <message>
            <source>Result of the last save</source>
            <translation>Hasil penyimpanan terakhir</translation>
        </message>
        <message>
            <source>&amp;Save and next form</source>
            <translation>&amp;Simpan dan lanjut ke formulir berikutnya</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>This programme has no survey questions yet. An administrator sets them on the Programmes page (Survey questions…).</source>
            <translation>Program ini belum memiliki pertanyaan survei. Admin mengaturnya di halaman Program (Pertanyaan survei…).</translation>
        </message>
        <message>
            <source>Answer to question %1</source>
            <translation>Jawaban pertanyaan %1</translation>
        </message>
        <message>
            <source>Forms entered so far: %1</source>
            <translation>Formulir yang sudah dimasukkan: %1</translation>
        </message>
        <message>
            <source>Form %1 saved</source>
            <translation>Formulir ke-%1 disimpan</translation>
        </message>
    </context>
    <context>
        <name>SurveyKiosk</name>
        <message>
            <source>Feedback</source>
            <translation>Pendapat Anda</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>◀  Back</source>
            <translation>◀  Kembali</translation>
        </message>
        <message>
            <source>Next  ▶</source>
            <translation>Lanjut  ▶</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Kirim</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Pertanyaan %1 dari %2</translation>
        </message>
        <message>
            <source>Write here (you may leave it empty)</source>
            <translation>Tulis di sini (boleh dikosongkan)</translation>
        </message>
        <message>
            <source>This training has no feedback questions yet.</source>
            <translation>Belum ada pertanyaan untuk pelatihan ini.</translation>
        </message>
        <message>
            <source>Thank you! Your answers have been sent.</source>
            <translation>Terima kasih! Jawaban Anda sudah terkirim.</translation>
        </message>
        <message>
            <source>Your name is not kept with your answers.</source>
            <translation>Nama Anda tidak disimpan bersama jawaban Anda.</translation>
        </message>
        <message>
            <source>Next person</source>
            <translation>Orang berikutnya</translation>
        </message>
    </context>
    <context>
        <name>SurveyPrint</name>
        <message>
            <source>Feedback form</source>
            <translation>Formulir umpan balik</translation>
        </message>
        <message>
            <source>feedback-form</source>
            <translation>formulir-umpan-balik</translation>
        </message>
    </context>
    <context>
        <name>SurveyQuestionsDialog</name>
        <message>
            <source>Survey questions</source>
            <translation>Pertanyaan survei</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pertanyaan</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Jawaban</translation>
        </message>
        <message>
            <source>The questions, in the order of the form</source>
            <translation>Daftar pertanyaan, sesuai urutan di formulir</translation>
        </message>
        <message>
            <source>Add &amp;scale question</source>
            <translation>Tambah pertanyaan &amp;skala</translation>
        </message>
        <message>
            <source>Add &amp;text question</source>
            <translation>Tambah pertanyaan &amp;teks</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Pindah ke &amp;atas</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Pindah ke &amp;bawah</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Use the standard &amp;questions</source>
            <translation>&amp;Gunakan pertanyaan standar</translation>
        </message>
        <message>
            <source>Questions that have answers are kept for the results when removed; their kind cannot change.</source>
            <translation>Pertanyaan yang sudah memiliki jawaban tetap disimpan untuk hasil survei meskipun dihapus; jenisnya tidak dapat diubah.</translation>
        </message>
        <message>
            <source>This programme has no questions yet: here are the standard ones. Change them as you like, then Save.</source>
            <translation>Program ini belum memiliki pertanyaan: berikut pertanyaan standarnya. Ubah sesuai kebutuhan, lalu Simpan.</translation>
        </message>
        <message>
            <source>Kind of question %1</source>
            <translation>Jenis pertanyaan %1</translation>
        </message>
    </context>
    <context>
        <name>SurveyResultsDialog</name>
        <message>
            <source>Survey results</source>
            <translation>Hasil survei</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Instruktur</translation>
        </message>
        <message>
            <source>Results by</source>
            <translation>Hasil menurut</translation>
        </message>
        <message>
            <source>Which one</source>
            <translation>Pilihan</translation>
        </message>
        <message>
            <source>Only cohorts that ran from</source>
            <translation>Hanya angkatan yang berlangsung dari</translation>
        </message>
        <message>
            <source>First day of the period</source>
            <translation>Hari pertama periode</translation>
        </message>
        <message>
            <source>Last day of the period</source>
            <translation>Hari terakhir periode</translation>
        </message>
        <message>
            <source>to</source>
            <translation>sampai</translation>
        </message>
        <message>
            <source>Results &amp;by:</source>
            <translation>Hasil &amp;menurut:</translation>
        </message>
        <message>
            <source>&amp;Which:</source>
            <translation>&amp;Pilihan:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periode:</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pertanyaan</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Jawaban</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Rata-rata</translation>
        </message>
        <message>
            <source>1 → 5</source>
            <translation>1 → 5</translation>
        </message>
        <message>
            <source>Scale questions</source>
            <translation>Pertanyaan skala</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Ekspor…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Belum ada yang dapat ditampilkan.</translation>
        </message>
        <message>
            <source>%1 forms from %2 cohorts</source>
            <translation>%1 formulir dari %2 angkatan</translation>
        </message>
        <message>
            <source>Comments (%1)</source>
            <translation>Komentar (%1)</translation>
        </message>
        <message>
            <source>Comments (the newest %1 of %2)</source>
            <translation>Komentar (%1 terbaru dari %2)</translation>
        </message>
        <message>
            <source>(no longer asked)</source>
            <translation>(tidak ditanyakan lagi)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV for other programs (*.csv)</source>
            <translation>Buku kerja Excel (*.xlsx);;CSV untuk program lain (*.csv)</translation>
        </message>
        <message>
            <source>survey-results</source>
            <translation>hasil-survei</translation>
        </message>
        <message>
            <source>Export the survey results</source>
            <translation>Ekspor hasil survei</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Disimpan sebagai %1</translation>
        </message>
        <message>
            <source>Could not save the file: %1</source>
            <translation>Berkas tidak dapat disimpan: %1</translation>
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
        <name>VillagesModel</name>
        <message>
            <source>Village</source>
            <translation>Desa/kelurahan</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Asking</source>
            <translation>Peminat</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Tidak tercatat</translation>
        </message>
    </context>
    <context>
        <name>WaitlistModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Skor</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Mendaftar</translation>
        </message>
        <message>
            <source>Why this place</source>
            <translation>Alasan urutan ini</translation>
        </message>
    </context>
    <context>
        <name>WaitlistWeightsBox</name>
        <message>
            <source>When a seat frees, the person on the waitlist with the most points is offered it first. Each number is the most points that part can add (0 to %1); equal scores go to whoever applied first. The weights apply to every cohort.</source>
            <translation>Bila ada kursi kosong, orang di daftar tunggu dengan poin terbanyak ditawari lebih dulu. Setiap angka adalah poin terbanyak yang dapat ditambahkan bagian itu (0 sampai %1); skor sama didahulukan yang mendaftar lebih dulu. Bobot ini berlaku untuk semua angkatan.</translation>
        </message>
        <message>
            <source>%1 points for a person with a disability.</source>
            <translation>%1 poin untuk penyandang disabilitas.</translation>
        </message>
        <message>
            <source>%1 points for DTSEN welfare decile 1 (the poorest), %2 fewer for each decile above it; %3 if in DTSEN without a decile, or in the target group “poor family”.</source>
            <translation>%1 poin untuk desil kesejahteraan DTSEN 1 (termiskin), berkurang %2 untuk setiap desil di atasnya; %3 jika terdaftar di DTSEN tanpa desil, atau termasuk kelompok sasaran “keluarga miskin”.</translation>
        </message>
        <message>
            <source>%1 points for a person who receives any social assistance (PKH, BPNT …).</source>
            <translation>%1 poin untuk penerima bantuan sosial apa pun (PKH, BPNT …).</translation>
        </message>
        <message>
            <source>%1 points if the programme is their first wish in the needs analysis, %2 if the second, %3 if the third, and so on.</source>
            <translation>%1 poin jika program ini pilihan pertama dalam analisis kebutuhan, %2 jika pilihan kedua, %3 jika ketiga, dan seterusnya.</translation>
        </message>
        <message>
            <source>Up to %1 points for the time on the waitlist, all of them after %2 days.</source>
            <translation>Sampai %1 poin untuk lama di daftar tunggu, penuh setelah %2 hari.</translation>
        </message>
        <message>
            <source>Example: a person with a disability who has waited 30 days scores %1; a person in DTSEN decile 2 who receives social assistance, wishes first for the programme and has waited 10 days scores %2.</source>
            <translation>Contoh: penyandang disabilitas yang sudah menunggu 30 hari mendapat skor %1; orang di desil DTSEN 2 yang menerima bantuan sosial, memilih program ini sebagai pilihan pertama dan sudah menunggu 10 hari mendapat skor %2.</translation>
        </message>
        <message>
            <source>The default weights are filled in: save them to use them.</source>
            <translation>Bobot bawaan sudah diisi: simpan untuk memakainya.</translation>
        </message>
        <message>
            <source>Saved: every cohort's waitlist is now in order by these weights.</source>
            <translation>Disimpan: daftar tunggu setiap angkatan kini diurutkan menurut bobot ini.</translation>
        </message>
        <message>
            <source>Waitlist priority</source>
            <translation>Prioritas daftar tunggu</translation>
        </message>
        <message>
            <source>Disa&amp;bility</source>
            <translation>Disa&amp;bilitas</translation>
        </message>
        <message>
            <source>Points for a person with a disability</source>
            <translation>Poin untuk penyandang disabilitas</translation>
        </message>
        <message>
            <source>Povert&amp;y (DTSEN)</source>
            <translation>&amp;Prasejahtera (DTSEN)</translation>
        </message>
        <message>
            <source>Points for poverty by DTSEN welfare decile</source>
            <translation>Poin untuk kemiskinan menurut desil kesejahteraan DTSEN</translation>
        </message>
        <message>
            <source>Social assistanc&amp;e</source>
            <translation>Bantuan sosia&amp;l</translation>
        </message>
        <message>
            <source>Points for receiving social assistance</source>
            <translation>Poin untuk penerima bantuan sosial</translation>
        </message>
        <message>
            <source>Needs-analysis &amp;match</source>
            <translation>&amp;Kecocokan analisis kebutuhan</translation>
        </message>
        <message>
            <source>Points for the programme being one of their wishes in the needs analysis</source>
            <translation>Poin jika program ini termasuk pilihan dalam analisis kebutuhan</translation>
        </message>
        <message>
            <source>Re&amp;gistration time</source>
            <translation>Lama &amp;waktu tunggu</translation>
        </message>
        <message>
            <source>Points for the time on the waitlist</source>
            <translation>Poin untuk lama di daftar tunggu</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>Pulihkan &amp;nilai bawaan</translation>
        </message>
        <message>
            <source>Fill in the default weights</source>
            <translation>Isi bobot bawaan</translation>
        </message>
        <message>
            <source>Save &amp;weights</source>
            <translation>Simpan &amp;bobot</translation>
        </message>
        <message>
            <source>Save the waitlist weights</source>
            <translation>Simpan bobot daftar tunggu</translation>
        </message>
    </context>
    <context>
        <name>WriteOffDialog</name>
        <message>
            <source>Write off</source>
            <translation>Hapus (rusak/hilang)</translation>
        </message>
        <message>
            <source>Damaged beyond use or lost: it leaves the stock, and the reason is kept.</source>
            <translation>Rusak hingga tidak dapat dipakai atau hilang: barang keluar dari stok, dan alasannya disimpan.</translation>
        </message>
        <message>
            <source>&amp;At:</source>
            <translation>&amp;Tempat:</translation>
        </message>
        <message>
            <source>&amp;What happened:</source>
            <translation>&amp;Kejadian:</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Alasan (wajib):</translation>
        </message>
        <message>
            <source>Wrote off %1 of %2 (%3).</source>
            <translation>%1 dari %2 dihapus (%3).</translation>
        </message>
    </context>
    <context>
        <name>attendance</name>
        <message>
            <source>Present</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Terlambat</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Izin</translation>
        </message>
        <message>
            <source>Sick</source>
            <translation>Sakit</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Alpa</translation>
        </message>
        <message>
            <source>Meets the completion rule</source>
            <translation>Memenuhi syarat kelulusan</translation>
        </message>
        <message>
            <source>{count} sessions are still to come.</source>
            <translation>{count} sesi belum berlangsung.</translation>
        </message>
        <message>
            <source>{count} sessions are not marked yet.</source>
            <translation>{count} sesi belum diisi kehadirannya.</translation>
        </message>
        <message>
            <source>Attended {percent}% of sessions; the programme asks {min}%.</source>
            <translation>Hadir {percent}% sesi; program mensyaratkan {min}%.</translation>
        </message>
        <message>
            <source>Absent three sessions in a row</source>
            <translation>Alpa tiga sesi berturut-turut</translation>
        </message>
        <message>
            <source>Attendance under the programme's minimum</source>
            <translation>Kehadiran di bawah batas minimal program</translation>
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
            <source>Programme changed</source>
            <translation>Program diubah</translation>
        </message>
        <message>
            <source>Programme archived</source>
            <translation>Program diarsipkan</translation>
        </message>
        <message>
            <source>Programme restored</source>
            <translation>Program dipulihkan</translation>
        </message>
        <message>
            <source>Programme deleted</source>
            <translation>Program dihapus</translation>
        </message>
        <message>
            <source>Cohort created</source>
            <translation>Angkatan dibuat</translation>
        </message>
        <message>
            <source>Cohort changed</source>
            <translation>Angkatan diubah</translation>
        </message>
        <message>
            <source>Cohort status changed</source>
            <translation>Status angkatan diubah</translation>
        </message>
        <message>
            <source>Cohort roster exported</source>
            <translation>Daftar peserta angkatan diekspor</translation>
        </message>
        <message>
            <source>Session moved</source>
            <translation>Sesi dipindahkan</translation>
        </message>
        <message>
            <source>Session cancelled</source>
            <translation>Sesi dibatalkan</translation>
        </message>
        <message>
            <source>Make-up session added</source>
            <translation>Sesi pengganti ditambahkan</translation>
        </message>
        <message>
            <source>Enrolment made</source>
            <translation>Pendaftaran pelatihan dibuat</translation>
        </message>
        <message>
            <source>Enrolment status changed</source>
            <translation>Status pendaftaran pelatihan diubah</translation>
        </message>
        <message>
            <source>Eligibility overridden</source>
            <translation>Syarat peserta dikesampingkan</translation>
        </message>
        <message>
            <source>Freed seat offered</source>
            <translation>Kursi kosong ditawarkan</translation>
        </message>
        <message>
            <source>Demo data created</source>
            <translation>Data demo dibuat</translation>
        </message>
        <message>
            <source>Participant registered</source>
            <translation>Peserta didaftarkan</translation>
        </message>
        <message>
            <source>Participant changed</source>
            <translation>Data peserta diubah</translation>
        </message>
        <message>
            <source>Consent recorded</source>
            <translation>Persetujuan dicatat</translation>
        </message>
        <message>
            <source>Participant photo changed</source>
            <translation>Foto peserta diubah</translation>
        </message>
        <message>
            <source>Registration stopped: already registered</source>
            <translation>Pendaftaran dihentikan: sudah terdaftar</translation>
        </message>
        <message>
            <source>Possible duplicate judged a different person</source>
            <translation>Kemungkinan data ganda dinilai orang yang berbeda</translation>
        </message>
        <message>
            <source>Participant records merged</source>
            <translation>Data peserta digabungkan</translation>
        </message>
        <message>
            <source>Participant list exported</source>
            <translation>Daftar peserta diekspor</translation>
        </message>
        <message>
            <source>Participant list imported</source>
            <translation>Daftar peserta diimpor</translation>
        </message>
        <message>
            <source>Sponsor added</source>
            <translation>Sponsor ditambahkan</translation>
        </message>
        <message>
            <source>Sponsor logo changed</source>
            <translation>Logo sponsor diubah</translation>
        </message>
        <message>
            <source>Attendance marked</source>
            <translation>Kehadiran diisi</translation>
        </message>
        <message>
            <source>Attendance mark removed</source>
            <translation>Isian kehadiran dihapus</translation>
        </message>
        <message>
            <source>Certificate issued</source>
            <translation>Sertifikat diterbitkan</translation>
        </message>
        <message>
            <source>Certificate revoked</source>
            <translation>Sertifikat dicabut</translation>
        </message>
        <message>
            <source>Certificate superseded by a re-issue</source>
            <translation>Sertifikat digantikan oleh terbit ulang</translation>
        </message>
        <message>
            <source>Certificate signing key made</source>
            <translation>Kunci tanda tangan sertifikat dibuat</translation>
        </message>
        <message>
            <source>Another centre's key imported</source>
            <translation>Kunci lembaga lain diimpor</translation>
        </message>
        <message>
            <source>Certificate look changed</source>
            <translation>Tampilan sertifikat diubah</translation>
        </message>
        <message>
            <source>Location added</source>
            <translation>Lokasi ditambahkan</translation>
        </message>
        <message>
            <source>Location changed</source>
            <translation>Lokasi diubah</translation>
        </message>
        <message>
            <source>Item added to the inventory</source>
            <translation>Barang ditambahkan ke inventaris</translation>
        </message>
        <message>
            <source>Item changed</source>
            <translation>Barang diubah</translation>
        </message>
        <message>
            <source>Item retired</source>
            <translation>Barang dihapusbukukan</translation>
        </message>
        <message>
            <source>Maintenance note added</source>
            <translation>Catatan perawatan ditambahkan</translation>
        </message>
        <message>
            <source>Equipment condition changed</source>
            <translation>Kondisi peralatan diubah</translation>
        </message>
        <message>
            <source>Stock received</source>
            <translation>Stok diterima</translation>
        </message>
        <message>
            <source>Stock moved</source>
            <translation>Stok dipindahkan</translation>
        </message>
        <message>
            <source>Stock written off (damaged or lost)</source>
            <translation>Stok dihapus (rusak atau hilang)</translation>
        </message>
        <message>
            <source>Materials issued to a cohort</source>
            <translation>Bahan dikeluarkan untuk angkatan</translation>
        </message>
        <message>
            <source>Stock take recorded</source>
            <translation>Stock opname dicatat</translation>
        </message>
        <message>
            <source>Equipment lent</source>
            <translation>Peralatan dipinjamkan</translation>
        </message>
        <message>
            <source>Handed over for good</source>
            <translation>Diserahterimakan</translation>
        </message>
        <message>
            <source>Loan returned</source>
            <translation>Pinjaman dikembalikan</translation>
        </message>
        <message>
            <source>Inventory exported</source>
            <translation>Inventaris diekspor</translation>
        </message>
        <message>
            <source>Sponsor changed</source>
            <translation>Sponsor diubah</translation>
        </message>
        <message>
            <source>Sponsor contact changed</source>
            <translation>Kontak sponsor diubah</translation>
        </message>
        <message>
            <source>Sponsor agreement changed</source>
            <translation>Perjanjian sponsor diubah</translation>
        </message>
        <message>
            <source>Sponsor deleted</source>
            <translation>Sponsor dihapus</translation>
        </message>
        <message>
            <source>Contribution recorded</source>
            <translation>Kontribusi dicatat</translation>
        </message>
        <message>
            <source>Contribution document attached</source>
            <translation>Dokumen kontribusi dilampirkan</translation>
        </message>
        <message>
            <source>Sponsor impact report made</source>
            <translation>Laporan dampak sponsor dibuat</translation>
        </message>
        <message>
            <source>Government report made</source>
            <translation>Laporan untuk dinas dibuat</translation>
        </message>
        <message>
            <source>Test scores or competency units recorded</source>
            <translation>Nilai tes atau unit kompetensi dicatat</translation>
        </message>
        <message>
            <source>Survey questions changed</source>
            <translation>Pertanyaan survei diubah</translation>
        </message>
        <message>
            <source>Feedback survey entered</source>
            <translation>Survei umpan balik dimasukkan</translation>
        </message>
        <message>
            <source>Follow-up call recorded</source>
            <translation>Panggilan tindak lanjut dicatat</translation>
        </message>
        <message>
            <source>Follow-up call list printed or exported</source>
            <translation>Daftar panggilan tindak lanjut dicetak atau diekspor</translation>
        </message>
        <message>
            <source>Outcomes report made</source>
            <translation>Laporan hasil dibuat</translation>
        </message>
        <message>
            <source>Demand report made</source>
            <translation>Laporan kebutuhan pelatihan dibuat</translation>
        </message>
        <message>
            <source>Survey results report made</source>
            <translation>Laporan hasil survei dibuat</translation>
        </message>
        <message>
            <source>Data request recorded</source>
            <translation>Permintaan data pribadi dicatat</translation>
        </message>
        <message>
            <source>Data request closed</source>
            <translation>Permintaan data pribadi ditutup</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Persetujuan ditarik</translation>
        </message>
        <message>
            <source>Everything about a person exported</source>
            <translation>Semua data seseorang diekspor</translation>
        </message>
        <message>
            <source>Person anonymised (data deleted)</source>
            <translation>Orang dianonimkan (data dihapus)</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Cadangan dipulihkan</translation>
        </message>
        <message>
            <source>Everything exported to an archive</source>
            <translation>Semua data diekspor ke arsip</translation>
        </message>
        <message>
            <source>Archive imported</source>
            <translation>Arsip diimpor</translation>
        </message>
    </context>
    <context>
        <name>certificates</name>
        <message>
            <source>Valid</source>
            <translation>Sah</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Dicabut</translation>
        </message>
        <message>
            <source>Superseded by a newer certificate</source>
            <translation>Digantikan oleh sertifikat yang lebih baru</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Tidak dikenal</translation>
        </message>
        <message>
            <source>Forged</source>
            <translation>Palsu</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Diterbitkan</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Digantikan</translation>
        </message>
        <message>
            <source>This certificate is already revoked; it is no longer in force.</source>
            <translation>Sertifikat ini sudah dicabut; tidak berlaku lagi.</translation>
        </message>
        <message>
            <source>This certificate was replaced by a corrected one; only the newest can be changed.</source>
            <translation>Sertifikat ini sudah diganti dengan yang diperbaiki; hanya yang terbaru yang dapat diubah.</translation>
        </message>
        <message>
            <source>Other desks are issuing certificates at this moment. Try again in a minute.</source>
            <translation>Meja lain sedang menerbitkan sertifikat saat ini. Coba lagi sebentar lagi.</translation>
        </message>
        <message>
            <source>Say why the certificate is re-issued.</source>
            <translation>Tuliskan alasan sertifikat diterbitkan ulang.</translation>
        </message>
        <message>
            <source>This certificate is not in the register.</source>
            <translation>Sertifikat ini tidak ada di buku induk.</translation>
        </message>
        <message>
            <source>This is not a Pelita key file. Ask the other centre for the file Pelita exports under Certificates → Export public key.</source>
            <translation>Ini bukan berkas kunci Pelita. Mintalah kepada lembaga lain berkas yang diekspor Pelita melalui Sertifikat → Ekspor kunci publik.</translation>
        </message>
        <message>
            <source>This is this centre's own key; it is known already.</source>
            <translation>Ini kunci lembaga ini sendiri; sudah dikenal.</translation>
        </message>
        <message>
            <source>Left the training ({status}).</source>
            <translation>Keluar dari pelatihan ({status}).</translation>
        </message>
        <message>
            <source>Choose at least one person.</source>
            <translation>Pilih sedikitnya satu orang.</translation>
        </message>
        <message>
            <source>This person is not in the cohort.</source>
            <translation>Orang ini tidak terdaftar di angkatan ini.</translation>
        </message>
        <message>
            <source>{name} already has certificate {number}. To correct it, re-issue it.</source>
            <translation>{name} sudah memiliki sertifikat {number}. Untuk memperbaikinya, terbitkan ulang.</translation>
        </message>
        <message>
            <source>{name} does not meet the completion rule. Give a reason to issue anyway.</source>
            <translation>{name} tidak memenuhi syarat kelulusan. Tuliskan alasan untuk tetap menerbitkan.</translation>
        </message>
        <message>
            <source>This certificate was revoked or replaced at another desk meanwhile.</source>
            <translation>Sertifikat ini baru saja dicabut atau diganti di meja lain.</translation>
        </message>
        <message>
            <source>The stored PDF of this certificate does not match what was issued: it was changed in the database. Restore a backup or re-issue it.</source>
            <translation>PDF sertifikat yang tersimpan tidak sama dengan yang diterbitkan: isinya diubah di basis data. Pulihkan cadangan atau terbitkan ulang.</translation>
        </message>
        <message>
            <source>Say why the certificate is revoked.</source>
            <translation>Tuliskan alasan sertifikat dicabut.</translation>
        </message>
        <message>
            <source>Type or scan a certificate code.</source>
            <translation>Ketik atau pindai kode sertifikat.</translation>
        </message>
        <message>
            <source>The code cannot be read: it is cut short or mistyped. Scan it again.</source>
            <translation>Kode tidak dapat dibaca: terpotong atau salah ketik. Pindai lagi.</translation>
        </message>
        <message>
            <source>No certificate of this centre has this code or number. Check what was typed.</source>
            <translation>Tidak ada sertifikat lembaga ini dengan kode atau nomor tersebut. Periksa kembali yang diketik.</translation>
        </message>
        <message>
            <source>This file is not a PDF.</source>
            <translation>Berkas ini bukan PDF.</translation>
        </message>
        <message>
            <source>This PDF is not a Pelita certificate: it carries no code.</source>
            <translation>PDF ini bukan sertifikat Pelita: tidak memuat kode.</translation>
        </message>
        <message>
            <source>This file is not the one issued: it was changed after issue. Compare it with the register entry below.</source>
            <translation>Berkas ini bukan yang diterbitkan: isinya diubah setelah terbit. Bandingkan dengan data buku induk di bawah.</translation>
        </message>
        <message>
            <source>The signature does not match the details in the code: they were changed or made up.</source>
            <translation>Tanda tangan digital tidak cocok dengan data dalam kode: data diubah atau dibuat-buat.</translation>
        </message>
        <message>
            <source>Signed by {centre}. Whether that centre revoked it later can only be seen there.</source>
            <translation>Ditandatangani oleh {centre}. Apakah kemudian dicabut hanya dapat dilihat di lembaga tersebut.</translation>
        </message>
        <message>
            <source>Signed with this centre's key, but number {number} is not in the register.</source>
            <translation>Ditandatangani dengan kunci lembaga ini, tetapi nomor {number} tidak ada di buku induk.</translation>
        </message>
        <message>
            <source>This code names a key not known here: either the certificate is from a centre whose key file is not imported (import it to check the certificate), or the code was mistyped (scan it again).</source>
            <translation>Kode ini menyebut kunci yang tidak dikenal di sini: sertifikat berasal dari lembaga yang berkas kuncinya belum diimpor (impor untuk memeriksa sertifikat), atau kodenya salah ketik (pindai lagi).</translation>
        </message>
        <message>
            <source>The code does not match the register entry of number {number}.</source>
            <translation>Kode tidak cocok dengan data buku induk nomor {number}.</translation>
        </message>
        <message>
            <source>Issued by this centre; in force.</source>
            <translation>Diterbitkan oleh lembaga ini; berlaku.</translation>
        </message>
        <message>
            <source>Revoked: {reason}</source>
            <translation>Dicabut: {reason}</translation>
        </message>
        <message>
            <source>Replaced by a corrected certificate; this one is no longer in force.</source>
            <translation>Diganti oleh sertifikat yang sudah diperbaiki; sertifikat ini tidak berlaku lagi.</translation>
        </message>
        <message>
            <source>No post-test score yet.</source>
            <translation>Belum ada skor tes akhir.</translation>
        </message>
        <message>
            <source>Post-test score {score}; the programme asks at least {min}.</source>
            <translation>Skor tes akhir {score}; program ini mensyaratkan paling sedikit {min}.</translation>
        </message>
        <message>
            <source>Did not pass {count} competency units: {codes}.</source>
            <translation>Tidak lulus {count} unit kompetensi: {codes}.</translation>
        </message>
        <message>
            <source>Did not pass the competency unit {codes}.</source>
            <translation>Tidak lulus unit kompetensi {codes}.</translation>
        </message>
    </context>
    <context>
        <name>choices</name>
        <message>
            <source>Difficulty seeing, even if wearing glasses?</source>
            <translation>Kesulitan melihat, meskipun memakai kacamata?</translation>
        </message>
        <message>
            <source>Difficulty hearing, even if using a hearing aid?</source>
            <translation>Kesulitan mendengar, meskipun memakai alat bantu dengar?</translation>
        </message>
        <message>
            <source>Difficulty walking or climbing steps?</source>
            <translation>Kesulitan berjalan atau naik tangga?</translation>
        </message>
        <message>
            <source>Difficulty remembering or concentrating?</source>
            <translation>Kesulitan mengingat atau berkonsentrasi?</translation>
        </message>
        <message>
            <source>Difficulty with self-care, such as washing or dressing?</source>
            <translation>Kesulitan merawat diri, seperti mandi atau berpakaian?</translation>
        </message>
        <message>
            <source>Difficulty communicating, understanding or being understood?</source>
            <translation>Kesulitan berkomunikasi, memahami atau dipahami orang lain?</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>Not married</source>
            <translation>Belum kawin</translation>
        </message>
        <message>
            <source>Married</source>
            <translation>Kawin</translation>
        </message>
        <message>
            <source>Divorced</source>
            <translation>Cerai hidup</translation>
        </message>
        <message>
            <source>Widowed</source>
            <translation>Cerai mati</translation>
        </message>
        <message>
            <source>Indonesian citizen (WNI)</source>
            <translation>Warga Negara Indonesia (WNI)</translation>
        </message>
        <message>
            <source>Foreign citizen (WNA)</source>
            <translation>Warga Negara Asing (WNA)</translation>
        </message>
        <message>
            <source>Under 17, no KTP yet</source>
            <translation>Belum 17 tahun, belum punya KTP</translation>
        </message>
        <message>
            <source>Foreign citizen</source>
            <translation>Warga negara asing</translation>
        </message>
        <message>
            <source>Declined to give it</source>
            <translation>Tidak bersedia memberikan</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Alasan lain</translation>
        </message>
        <message>
            <source>No schooling</source>
            <translation>Tidak/belum sekolah</translation>
        </message>
        <message>
            <source>Primary school not finished</source>
            <translation>Belum tamat SD/sederajat</translation>
        </message>
        <message>
            <source>Primary school (SD)</source>
            <translation>Tamat SD/sederajat</translation>
        </message>
        <message>
            <source>Junior high school (SLTP)</source>
            <translation>SLTP/sederajat</translation>
        </message>
        <message>
            <source>Senior high school (SLTA)</source>
            <translation>SLTA/sederajat</translation>
        </message>
        <message>
            <source>Diploma I/II</source>
            <translation>Diploma I/II</translation>
        </message>
        <message>
            <source>Diploma III</source>
            <translation>Akademi/Diploma III/Sarjana Muda</translation>
        </message>
        <message>
            <source>Diploma IV / Bachelor (S1)</source>
            <translation>Diploma IV/Strata I</translation>
        </message>
        <message>
            <source>Master (S2)</source>
            <translation>Strata II</translation>
        </message>
        <message>
            <source>Doctorate (S3)</source>
            <translation>Strata III</translation>
        </message>
        <message>
            <source>Looking for work</source>
            <translation>Pencari kerja</translation>
        </message>
        <message>
            <source>Laid off</source>
            <translation>Korban PHK</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Bekerja</translation>
        </message>
        <message>
            <source>Self-employed / small business</source>
            <translation>Wirausaha / UMKM</translation>
        </message>
        <message>
            <source>In school</source>
            <translation>Masih sekolah</translation>
        </message>
        <message>
            <source>Looking after the home</source>
            <translation>Mengurus rumah tangga</translation>
        </message>
        <message>
            <source>No income</source>
            <translation>Tidak ada penghasilan</translation>
        </message>
        <message>
            <source>Under Rp 1 million</source>
            <translation>Di bawah Rp 1 juta</translation>
        </message>
        <message>
            <source>Rp 1–2 million</source>
            <translation>Rp 1–2 juta</translation>
        </message>
        <message>
            <source>Rp 2–3 million</source>
            <translation>Rp 2–3 juta</translation>
        </message>
        <message>
            <source>Rp 3–5 million</source>
            <translation>Rp 3–5 juta</translation>
        </message>
        <message>
            <source>Rp 5 million or more</source>
            <translation>Rp 5 juta atau lebih</translation>
        </message>
        <message>
            <source>Physical</source>
            <translation>Fisik</translation>
        </message>
        <message>
            <source>Intellectual</source>
            <translation>Intelektual</translation>
        </message>
        <message>
            <source>Mental</source>
            <translation>Mental</translation>
        </message>
        <message>
            <source>Sensory: seeing</source>
            <translation>Sensorik: netra</translation>
        </message>
        <message>
            <source>Sensory: hearing</source>
            <translation>Sensorik: rungu</translation>
        </message>
        <message>
            <source>Sensory: speaking</source>
            <translation>Sensorik: wicara</translation>
        </message>
        <message>
            <source>Ramp or step-free access</source>
            <translation>Ramp atau akses tanpa tangga</translation>
        </message>
        <message>
            <source>Sign-language interpreter</source>
            <translation>Juru bahasa isyarat</translation>
        </message>
        <message>
            <source>Large print</source>
            <translation>Cetakan huruf besar</translation>
        </message>
        <message>
            <source>Screen reader or audio material</source>
            <translation>Pembaca layar atau materi audio</translation>
        </message>
        <message>
            <source>Personal assistant</source>
            <translation>Pendamping pribadi</translation>
        </message>
        <message>
            <source>Accessible toilet</source>
            <translation>Toilet aksesibel</translation>
        </message>
        <message>
            <source>Adapted seating or workstation</source>
            <translation>Tempat duduk atau meja kerja yang disesuaikan</translation>
        </message>
        <message>
            <source>Extra time</source>
            <translation>Tambahan waktu</translation>
        </message>
        <message>
            <source>No difficulty</source>
            <translation>Tidak ada kesulitan</translation>
        </message>
        <message>
            <source>Some difficulty</source>
            <translation>Sedikit kesulitan</translation>
        </message>
        <message>
            <source>A lot of difficulty</source>
            <translation>Banyak kesulitan</translation>
        </message>
        <message>
            <source>Cannot do at all</source>
            <translation>Sama sekali tidak bisa</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Tidak diketahui</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>PKH (family hope programme)</source>
            <translation>PKH (Program Keluarga Harapan)</translation>
        </message>
        <message>
            <source>BPNT (food assistance)</source>
            <translation>BPNT (Bantuan Pangan Non Tunai)</translation>
        </message>
        <message>
            <source>PBI-JK (health insurance aid)</source>
            <translation>PBI-JK (Penerima Bantuan Iuran Jaminan Kesehatan)</translation>
        </message>
        <message>
            <source>KIP (smart Indonesia card)</source>
            <translation>KIP (Kartu Indonesia Pintar)</translation>
        </message>
        <message>
            <source>Kartu Prakerja alumnus</source>
            <translation>Alumni Kartu Prakerja</translation>
        </message>
        <message>
            <source>Housewife</source>
            <translation>Ibu rumah tangga</translation>
        </message>
        <message>
            <source>Farmer</source>
            <translation>Petani</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Pemuda</translation>
        </message>
        <message>
            <source>Person with disability</source>
            <translation>Penyandang disabilitas</translation>
        </message>
        <message>
            <source>Poor family</source>
            <translation>Keluarga miskin</translation>
        </message>
        <message>
            <source>Get a job</source>
            <translation>Mendapat pekerjaan</translation>
        </message>
        <message>
            <source>Start own business</source>
            <translation>Membuka usaha sendiri</translation>
        </message>
        <message>
            <source>Home production</source>
            <translation>Produksi rumahan</translation>
        </message>
        <message>
            <source>Improve current work</source>
            <translation>Meningkatkan pekerjaan sekarang</translation>
        </message>
        <message>
            <source>Further study</source>
            <translation>Melanjutkan pendidikan</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Village office</source>
            <translation>Kantor desa/kelurahan</translation>
        </message>
        <message>
            <source>Mosque, church or temple</source>
            <translation>Masjid, gereja, pura atau vihara</translation>
        </message>
        <message>
            <source>WhatsApp group</source>
            <translation>Grup WhatsApp</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Media sosial</translation>
        </message>
        <message>
            <source>Radio</source>
            <translation>Radio</translation>
        </message>
        <message>
            <source>Friend or family</source>
            <translation>Teman atau keluarga</translation>
        </message>
        <message>
            <source>Poster or banner</source>
            <translation>Poster atau spanduk</translation>
        </message>
        <message>
            <source>Former participant</source>
            <translation>Alumni pelatihan</translation>
        </message>
        <message>
            <source>Use my data to administer my training</source>
            <translation>Menggunakan data saya untuk administrasi pelatihan saya</translation>
        </message>
        <message>
            <source>Share anonymised figures with sponsors and government</source>
            <translation>Membagikan angka statistik tanpa identitas kepada sponsor dan pemerintah</translation>
        </message>
        <message>
            <source>Contact me for follow-up surveys</source>
            <translation>Menghubungi saya untuk survei tindak lanjut</translation>
        </message>
        <message>
            <source>Use photos of me taken during training</source>
            <translation>Menggunakan foto saya yang diambil selama pelatihan</translation>
        </message>
        <message>
            <source>Signed paper form</source>
            <translation>Formulir kertas bertanda tangan</translation>
        </message>
        <message>
            <source>Thumbprint</source>
            <translation>Cap jempol</translation>
        </message>
        <message>
            <source>Spoken, with a witness</source>
            <translation>Lisan, dengan saksi</translation>
        </message>
        <message>
            <source>Electronic, on this screen</source>
            <translation>Elektronik, di layar ini</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Tidak aktif</translation>
        </message>
        <message>
            <source>Merged into another record</source>
            <translation>Digabungkan ke data lain</translation>
        </message>
        <message>
            <source>Anonymised (deleted)</source>
            <translation>Dianonimkan (dihapus)</translation>
        </message>
        <message>
            <source>Under 18</source>
            <translation>Di bawah 18</translation>
        </message>
        <message>
            <source>18–24</source>
            <translation>18–24</translation>
        </message>
        <message>
            <source>25–34</source>
            <translation>25–34</translation>
        </message>
        <message>
            <source>35–44</source>
            <translation>35–44</translation>
        </message>
        <message>
            <source>45–59</source>
            <translation>45–59</translation>
        </message>
        <message>
            <source>60 and over</source>
            <translation>60 ke atas</translation>
        </message>
    </context>
    <context>
        <name>cohorts</name>
        <message>
            <source>State budget (APBN)</source>
            <translation>APBN</translation>
        </message>
        <message>
            <source>Regional budget (APBD)</source>
            <translation>APBD</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>Self-funded</source>
            <translation>Swadana</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Direncanakan</translation>
        </message>
        <message>
            <source>Open for enrolment</source>
            <translation>Pendaftaran dibuka</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Berjalan</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Diarsipkan</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Participant registration form</source>
            <translation>Formulir pendaftaran peserta</translation>
        </message>
        <message>
            <source>Record no.</source>
            <translation>No. data</translation>
        </message>
        <message>
            <source>Please check every entry. Cross out a mistake, write the correct value beside it and initial it, then sign the consent page.</source>
            <translation>Periksa setiap isian. Coret yang salah, tulis yang benar di sampingnya dan beri paraf, lalu tanda tangani halaman persetujuan.</translation>
        </message>
        <message>
            <source>Write clearly in capital letters, one character per small box. Tick (✓) every box that applies.</source>
            <translation>Tulis dengan jelas dalam huruf kapital, satu huruf per kotak kecil. Beri tanda centang (✓) pada setiap kotak yang sesuai.</translation>
        </message>
        <message>
            <source>A. Identity</source>
            <translation>A. Identitas</translation>
        </message>
        <message>
            <source>Full name as on the KTP (a single name is fine)</source>
            <translation>Nama lengkap sesuai KTP (satu kata pun boleh)</translation>
        </message>
        <message>
            <source>NIK (16 digits)</source>
            <translation>NIK (16 digit)</translation>
        </message>
        <message>
            <source>Family card (KK) number</source>
            <translation>Nomor Kartu Keluarga (KK)</translation>
        </message>
        <message>
            <source>No NIK? Why:</source>
            <translation>Tidak punya NIK? Alasannya:</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Tempat lahir</translation>
        </message>
        <message>
            <source>Date of birth (dd/mm/yyyy)</source>
            <translation>Tanggal lahir (hh/bb/tttt)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <source>Marital status</source>
            <translation>Status perkawinan</translation>
        </message>
        <message>
            <source>B. Contact and address</source>
            <translation>B. Kontak dan alamat</translation>
        </message>
        <message>
            <source>Phone / WhatsApp</source>
            <translation>Telepon / WhatsApp</translation>
        </message>
        <message>
            <source>Street, house number, hamlet (dusun)</source>
            <translation>Jalan, nomor rumah, dusun</translation>
        </message>
        <message>
            <source>RT</source>
            <translation>RT</translation>
        </message>
        <message>
            <source>RW</source>
            <translation>RW</translation>
        </message>
        <message>
            <source>Village / kelurahan</source>
            <translation>Desa / kelurahan</translation>
        </message>
        <message>
            <source>District / kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Regency / city</source>
            <translation>Kabupaten / kota</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provinsi</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Kode pos</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Petunjuk</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Daftar pilihan</translation>
        </message>
        <message>
            <source>How to fill in the participant list</source>
            <translation>Cara mengisi daftar peserta</translation>
        </message>
        <message>
            <source>Write one participant per row on the sheet “{sheet}”, from row 2. Do not change, move or delete the header row; leave empty a column you do not know.</source>
            <translation>Tulis satu peserta per baris pada lembar “{sheet}”, mulai baris 2. Jangan mengubah, memindahkan atau menghapus baris judul; kosongkan kolom yang tidak diketahui.</translation>
        </message>
        <message>
            <source>The full name is needed, and the NIK or else the date of birth and the sex.</source>
            <translation>Nama lengkap wajib diisi, beserta NIK atau, jika tidak ada, tanggal lahir dan jenis kelamin.</translation>
        </message>
        <message>
            <source>NIK, KK number and phone are text: type all the digits, with the leading zero. Do not paste them from another sheet as numbers.</source>
            <translation>NIK, nomor KK dan nomor HP adalah teks: ketik semua angkanya, termasuk angka 0 di depan. Jangan menempelkannya dari lembar lain sebagai angka.</translation>
        </message>
        <message>
            <source>Type the date of birth as dd/mm/yyyy, for example 17/08/1990.</source>
            <translation>Ketik tanggal lahir sebagai dd/mm/yyyy, misalnya 17/08/1990.</translation>
        </message>
        <message>
            <source>Sex: L for male, P for female. Choose education and marital status from the list in the cell.</source>
            <translation>Jenis kelamin: L untuk laki-laki, P untuk perempuan. Pilih pendidikan dan status perkawinan dari daftar pada sel.</translation>
        </message>
        <message>
            <source>RT and RW: numbers of up to 3 digits, such as 003.</source>
            <translation>RT dan RW: angka hingga 3 digit, misalnya 003.</translation>
        </message>
        <message>
            <source>Disability: leave empty if there is none; otherwise write the kind, such as physical, seeing or hearing.</source>
            <translation>Disabilitas: kosongkan jika tidak ada; jika ada, tulis jenisnya, misalnya fisik, penglihatan atau pendengaran.</translation>
        </message>
        <message>
            <source>Example (do not copy this person into the list)</source>
            <translation>Contoh (jangan salin orang ini ke daftar)</translation>
        </message>
        <message>
            <source>Tailor</source>
            <translation>Penjahit</translation>
        </message>
        <message>
            <source>Type a date as dd/mm/yyyy, for example 17/08/1990.</source>
            <translation>Ketik tanggal sebagai dd/mm/yyyy, misalnya 17/08/1990.</translation>
        </message>
        <message>
            <source>A NIK and a KK number have 16 digits.</source>
            <translation>NIK dan nomor KK terdiri dari 16 digit.</translation>
        </message>
        <message>
            <source>Choose a value from the list.</source>
            <translation>Pilih nilai dari daftar.</translation>
        </message>
        <message>
            <source>C. Education and work</source>
            <translation>C. Pendidikan dan pekerjaan</translation>
        </message>
        <message>
            <source>Highest education completed</source>
            <translation>Pendidikan terakhir yang ditamatkan</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Pekerjaan</translation>
        </message>
        <message>
            <source>Employment status</source>
            <translation>Status pekerjaan</translation>
        </message>
        <message>
            <source>Monthly income</source>
            <translation>Penghasilan per bulan</translation>
        </message>
        <message>
            <source>No disability</source>
            <translation>Tidak ada disabilitas</translation>
        </message>
        <message>
            <source>D. Disability and support</source>
            <translation>D. Disabilitas dan dukungan</translation>
        </message>
        <message>
            <source>Disability (UU 8/2016)</source>
            <translation>Disabilitas (UU 8/2016)</translation>
        </message>
        <message>
            <source>Support needed during training</source>
            <translation>Dukungan yang dibutuhkan selama pelatihan</translation>
        </message>
        <message>
            <source>Other support needed</source>
            <translation>Dukungan lain yang dibutuhkan</translation>
        </message>
        <message>
            <source>Does the person have…</source>
            <translation>Apakah orang ini mengalami…</translation>
        </message>
        <message>
            <source>E. Social assistance</source>
            <translation>E. Bantuan sosial</translation>
        </message>
        <message>
            <source>Listed in DTSEN</source>
            <translation>Terdaftar di DTSEN</translation>
        </message>
        <message>
            <source>Welfare decile (1–10)</source>
            <translation>Desil kesejahteraan (1–10)</translation>
        </message>
        <message>
            <source>Assistance received</source>
            <translation>Bantuan yang diterima</translation>
        </message>
        <message>
            <source>Target group</source>
            <translation>Kelompok sasaran</translation>
        </message>
        <message>
            <source>1st choice of programme</source>
            <translation>Pilihan program ke-1</translation>
        </message>
        <message>
            <source>2nd choice</source>
            <translation>Pilihan ke-2</translation>
        </message>
        <message>
            <source>3rd choice</source>
            <translation>Pilihan ke-3</translation>
        </message>
        <message>
            <source>F. Training needs</source>
            <translation>F. Kebutuhan pelatihan</translation>
        </message>
        <message>
            <source>Programmes on offer: {names}</source>
            <translation>Program yang tersedia: {names}</translation>
        </message>
        <message>
            <source>Skills the person already has</source>
            <translation>Keterampilan yang sudah dimiliki</translation>
        </message>
        <message>
            <source>Goal after training</source>
            <translation>Tujuan setelah pelatihan</translation>
        </message>
        <message>
            <source>How did you hear about the training?</source>
            <translation>Dari mana mengetahui pelatihan ini?</translation>
        </message>
        <message>
            <source>{centre} collects the personal data on this form to register you for training, plan classes and any support you need, and issue your certificate. Under the Personal Data Protection Law you decide what else it may be used for: tick each purpose you agree to. You may refuse any of them except training administration, without which the centre cannot enrol you. You can withdraw your consent at any time by telling the centre; this does not undo what was done before. You may also ask the centre to show you your data or correct it.</source>
            <translation>{centre} mengumpulkan data pribadi pada formulir ini untuk mendaftarkan Anda ke pelatihan, merencanakan kelas dan dukungan yang Anda butuhkan, serta menerbitkan sertifikat Anda. Menurut Undang-Undang Pelindungan Data Pribadi, Anda yang menentukan untuk apa lagi data ini boleh digunakan: centang setiap tujuan yang Anda setujui. Anda boleh menolak tujuan mana pun kecuali administrasi pelatihan, karena tanpanya lembaga tidak dapat mendaftarkan Anda. Anda dapat menarik persetujuan kapan saja dengan memberi tahu lembaga; hal itu tidak membatalkan apa yang sudah dilakukan sebelumnya. Anda juga boleh meminta lembaga menunjukkan atau memperbaiki data Anda.</translation>
        </message>
        <message>
            <source>Consent text version {version}</source>
            <translation>Versi teks persetujuan {version}</translation>
        </message>
        <message>
            <source>Consent to the use of personal data (UU PDP No. 27/2022)</source>
            <translation>Persetujuan penggunaan data pribadi (UU PDP No. 27/2022)</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>I agree that the centre may:</source>
            <translation>Saya setuju lembaga boleh:</translation>
        </message>
        <message>
            <source>(needed to take part)</source>
            <translation>(wajib untuk mengikuti pelatihan)</translation>
        </message>
        <message>
            <source>PARTICIPANT LIST</source>
            <translation>DAFTAR PESERTA</translation>
        </message>
        <message>
            <source>Participant list</source>
            <translation>Daftar peserta</translation>
        </message>
        <message>
            <source>ATTENDANCE MATRIX</source>
            <translation>REKAP KEHADIRAN</translation>
        </message>
        <message>
            <source>Attendance matrix</source>
            <translation>Rekap kehadiran</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>small figures after T: minutes late</source>
            <translation>angka kecil setelah T: menit terlambat</translation>
        </message>
        <message>
            <source>blank: to mark by hand</source>
            <translation>kosong: diisi dengan tangan</translation>
        </message>
        <message>
            <source>not applicable to this person</source>
            <translation>tidak berlaku bagi peserta ini</translation>
        </message>
        <message>
            <source>session cancelled</source>
            <translation>sesi dibatalkan</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>Desa/Kelurahan</translation>
        </message>
        <message>
            <source>M/F</source>
            <translation>L/P</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Umur</translation>
        </message>
        <message>
            <source>REGISTER OF CERTIFICATES</source>
            <translation>BUKU INDUK SERTIFIKAT</translation>
        </message>
        <message>
            <source>Exported on {date}: {count} certificates</source>
            <translation>Diekspor pada {date}: {count} sertifikat</translation>
        </message>
        <message>
            <source>Search: {text}</source>
            <translation>Pencarian: {text}</translation>
        </message>
        <message>
            <source>Issued by exception: {reason}</source>
            <translation>Diterbitkan dengan pengecualian: {reason}</translation>
        </message>
        <message>
            <source>Re-issue: {reason}</source>
            <translation>Terbit ulang: {reason}</translation>
        </message>
        <message>
            <source>Revoked: {reason}</source>
            <translation>Dicabut: {reason}</translation>
        </message>
        <message>
            <source>Certificate number</source>
            <translation>Nomor sertifikat</translation>
        </message>
        <message>
            <source>Place and date of birth</source>
            <translation>Tempat, tanggal lahir</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>JP</source>
            <translation>JP</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Tanggal terbit</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Skor</translation>
        </message>
        <message>
            <source>Reason for the position</source>
            <translation>Alasan urutan</translation>
        </message>
        <message>
            <source>Sheet code: {code}</source>
            <translation>Kode lembar: {code}</translation>
        </message>
        <message>
            <source>Instructor</source>
            <translation>Instruktur</translation>
        </message>
        <message>
            <source>Printed on {date}</source>
            <translation>Dicetak {date}</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Peserta</translation>
        </message>
        <message>
            <source>Waiting list</source>
            <translation>Daftar tunggu</translation>
        </message>
        <message>
            <source>{capacity} seats: {taken} taken, {free} free</source>
            <translation>{capacity} kursi: {taken} terisi, {free} kosong</translation>
        </message>
        <message>
            <source>ATTENDANCE BY {group}</source>
            <translation>KEHADIRAN PER {group}</translation>
        </message>
        <message>
            <source>From {start} to {end}</source>
            <translation>Dari {start} sampai {end}</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Tanda</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Hadir</translation>
        </message>
        <message>
            <source>Present counts late arrivals, and excused absences where the programme's completion rule counts them.</source>
            <translation>Hadir termasuk yang terlambat, juga izin dan sakit bila aturan kelulusan program menghitungnya.</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <source>Skill area</source>
            <translation>Kejuruan</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Jadwal</translation>
        </message>
        <message>
            <source>ATTENDANCE LIST</source>
            <translation>DAFTAR HADIR</translation>
        </message>
        <message>
            <source>Attendance list</source>
            <translation>Daftar hadir</translation>
        </message>
        <message>
            <source>CANCELLED: this session is not held.</source>
            <translation>DIBATALKAN: sesi ini tidak dilaksanakan.</translation>
        </message>
        <message>
            <source>Day, date</source>
            <translation>Hari, tanggal</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Tempat</translation>
        </message>
        <message>
            <source>Nobody is enrolled in this cohort.</source>
            <translation>Belum ada peserta terdaftar di angkatan ini.</translation>
        </message>
        <message>
            <source>Instructors</source>
            <translation>Instruktur</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Sumber dana</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>Kapasitas</translation>
        </message>
        <message>
            <source>Nobody holds a seat yet.</source>
            <translation>Belum ada peserta yang mendapat kursi.</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Tidak ada yang menunggu.</translation>
        </message>
        <message>
            <source>In the order in which free seats are offered: the highest score first; the parts of the score are the reason for each position. Equal scores go by who applied first.</source>
            <translation>Urutan penawaran kursi kosong: skor tertinggi lebih dulu; bagian-bagian skor adalah alasan setiap urutan. Skor yang sama diurutkan menurut siapa yang mendaftar lebih dulu.</translation>
        </message>
        <message>
            <source>same score as above, applied later</source>
            <translation>skor sama dengan di atasnya, mendaftar lebih akhir</translation>
        </message>
        <message>
            <source>Date (dd/mm/yyyy)</source>
            <translation>Tanggal (hh/bb/tttt)</translation>
        </message>
        <message>
            <source>Signature or thumbprint</source>
            <translation>Tanda tangan atau cap jempol</translation>
        </message>
        <message>
            <source>Recorded by (officer): signature</source>
            <translation>Dicatat oleh (petugas): tanda tangan</translation>
        </message>
        <message>
            <source>Participant's name</source>
            <translation>Nama peserta</translation>
        </message>
        <message>
            <source>Officer's name</source>
            <translation>Nama petugas</translation>
        </message>
        <message>
            <source>Parent or guardian (for participants under 18)</source>
            <translation>Orang tua atau wali (untuk peserta di bawah 18 tahun)</translation>
        </message>
        <message>
            <source>Not needed: the participant is 18 or over.</source>
            <translation>Tidak perlu: peserta berumur 18 tahun atau lebih.</translation>
        </message>
        <message>
            <source>Needed: the participant is under 18.</source>
            <translation>Perlu: peserta berumur di bawah 18 tahun.</translation>
        </message>
        <message>
            <source>Name of parent or guardian</source>
            <translation>Nama orang tua atau wali</translation>
        </message>
        <message>
            <source>Relation to the participant</source>
            <translation>Hubungan dengan peserta</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Tanda tangan</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Halaman {page} dari {pages}</translation>
        </message>
        <message>
            <source>Attendance %</source>
            <translation>Kehadiran %</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>Kelulusan</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>batal</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>Programme: {name}</source>
            <translation>Program: {name}</translation>
        </message>
        <message>
            <source>Minimum attendance for completion: {min}%</source>
            <translation>Kehadiran minimal untuk lulus: {min}%</translation>
        </message>
        <message>
            <source>Type H, I, S or A, or T with the minutes late (T15), up to {max}.</source>
            <translation>Ketik H, I, S atau A, atau T dengan menit terlambat (T15), paling banyak {max}.</translation>
        </message>
        <message>
            <source>Not a mark</source>
            <translation>Bukan tanda kehadiran</translation>
        </message>
        <message>
            <source>T15: 15 minutes late.</source>
            <translation>T15: terlambat 15 menit.</translation>
        </message>
        <message>
            <source>– (grey): the session does not apply.</source>
            <translation>– (abu-abu): sesi tidak berlaku.</translation>
        </message>
        <message>
            <source>The grey codes under the dates are read when the marks are imported: do not change them.</source>
            <translation>Kode abu-abu di bawah tanggal dibaca saat kehadiran diimpor: jangan diubah.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>CERTIFICATE</source>
            <translation>SERTIFIKAT</translation>
        </message>
        <message>
            <source>Number: {number}</source>
            <translation>Nomor: {number}</translation>
        </message>
        <message>
            <source>This certificate is awarded to</source>
            <translation>Diberikan kepada</translation>
        </message>
        <message>
            <source>Place and date of birth: {birth}</source>
            <translation>Tempat, tanggal lahir: {birth}</translation>
        </message>
        <message>
            <source>has taken part in the training</source>
            <translation>telah mengikuti pelatihan</translation>
        </message>
        <message>
            <source>held from {start} to {end}, {hours} lesson hours (JP)</source>
            <translation>yang diselenggarakan pada tanggal {start} s.d. {end} selama {hours} jam pelajaran (JP)</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Kode verifikasi</translation>
        </message>
        <message>
            <source>PREVIEW — NOT VALID</source>
            <translation>PRATINJAU — TIDAK BERLAKU</translation>
        </message>
        <message>
            <source>continued</source>
            <translation>lanjutan</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Unit code</source>
            <translation>Kode Unit</translation>
        </message>
        <message>
            <source>Unit title</source>
            <translation>Judul Unit</translation>
        </message>
        <message>
            <source>LIST OF COMPETENCY UNITS</source>
            <translation>DAFTAR UNIT KOMPETENSI</translation>
        </message>
        <message>
            <source>KK number</source>
            <translation>No KK</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>No HP</translation>
        </message>
        <message>
            <source>Handover record</source>
            <translation>Berita acara serah terima</translation>
        </message>
        <message>
            <source>FIRST PARTY</source>
            <translation>PIHAK PERTAMA</translation>
        </message>
        <message>
            <source>SECOND PARTY</source>
            <translation>PIHAK KEDUA</translation>
        </message>
        <message>
            <source>Asset tag / serial number</source>
            <translation>Kode aset / nomor seri</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Kondisi</translation>
        </message>
        <message>
            <source>The SECOND PARTY has received the goods above complete and in the condition stated.</source>
            <translation>PIHAK KEDUA telah menerima barang tersebut di atas dalam keadaan lengkap dan sesuai kondisi yang tercantum.</translation>
        </message>
        <message>
            <source>From the signing of this record the goods are the property and the responsibility of the SECOND PARTY, to be used to practise the skills learnt and to earn a living.</source>
            <translation>Sejak berita acara ini ditandatangani, barang tersebut menjadi milik dan tanggung jawab PIHAK KEDUA, untuk dimanfaatkan dalam menerapkan keterampilan yang telah dipelajari dan mencari nafkah.</translation>
        </message>
        <message>
            <source>This record is made in duplicate, each copy with the same force, and signed by both parties to be used as is proper.</source>
            <translation>Demikian berita acara ini dibuat dalam rangkap dua, masing-masing mempunyai kekuatan yang sama, dan ditandatangani oleh kedua belah pihak untuk dipergunakan sebagaimana mestinya.</translation>
        </message>
        <message>
            <source>On this day, {weekday}, day {day} of the month of {month} in the year {year} ({date}), we the undersigned:</source>
            <translation>Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year} ({date}), kami yang bertanda tangan di bawah ini:</translation>
        </message>
        <message>
            <source>The FIRST PARTY hands over to the SECOND PARTY, and the SECOND PARTY receives from the FIRST PARTY, the following goods:</source>
            <translation>PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari PIHAK PERTAMA, barang sebagai berikut:</translation>
        </message>
        <message>
            <source>HANDOVER RECORD</source>
            <translation>BERITA ACARA SERAH TERIMA BARANG</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>NIP</source>
            <translation>NIP</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>acting for and on behalf of {centre}, hereinafter called the FIRST PARTY.</source>
            <translation>dalam hal ini bertindak untuk dan atas nama {centre}, selanjutnya disebut PIHAK PERTAMA.</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Pelatihan</translation>
        </message>
        <message>
            <source>acting for themselves, hereinafter called the SECOND PARTY.</source>
            <translation>dalam hal ini bertindak untuk dan atas nama diri sendiri, selanjutnya disebut PIHAK KEDUA.</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Catatan: {notes}</translation>
        </message>
        <message>
            <source>Handed over by,</source>
            <translation>Yang menyerahkan,</translation>
        </message>
        <message>
            <source>Received by,</source>
            <translation>Yang menerima,</translation>
        </message>
        <message>
            <source>NIP {nip}</source>
            <translation>NIP {nip}</translation>
        </message>
        <message>
            <source>DEMAND FOR TRAINING FROM THE NEEDS ANALYSIS</source>
            <translation>KEBUTUHAN PELATIHAN HASIL ANALISIS KEBUTUHAN</translation>
        </message>
        <message>
            <source>Registered: {start} – {end}</source>
            <translation>Terdaftar: {start} – {end}</translation>
        </message>
        <message>
            <source>Registered from {start}</source>
            <translation>Terdaftar sejak {start}</translation>
        </message>
        <message>
            <source>Registered until {end}</source>
            <translation>Terdaftar sampai {end}</translation>
        </message>
        <message>
            <source>Everyone registered</source>
            <translation>Semua yang terdaftar</translation>
        </message>
        <message>
            <source>Area: {area}</source>
            <translation>Wilayah: {area}</translation>
        </message>
        <message>
            <source>First choices only</source>
            <translation>Hanya pilihan pertama</translation>
        </message>
        <message>
            <source>Made on {date}</source>
            <translation>Dibuat pada {date}</translation>
        </message>
        <message>
            <source>Demand per programme</source>
            <translation>Kebutuhan pelatihan per program</translation>
        </message>
        <message>
            <source>Villages asking most per programme</source>
            <translation>Desa/kelurahan dengan peminat terbanyak per program</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kode</translation>
        </message>
        <message>
            <source>Asking</source>
            <translation>Peminat</translation>
        </message>
        <message>
            <source>First choice</source>
            <translation>Pilihan pertama</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Laki-laki</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Perempuan</translation>
        </message>
        <message>
            <source>No group</source>
            <translation>Tanpa kelompok sasaran</translation>
        </message>
        <message>
            <source>No cohort planned</source>
            <translation>Belum ada angkatan direncanakan</translation>
        </message>
        <message>
            <source>archived</source>
            <translation>diarsipkan</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>All programmes (each person once)</source>
            <translation>Semua program (setiap orang sekali)</translation>
        </message>
        <message>
            <source>Nobody registered in this period stated a wish.</source>
            <translation>Tidak ada pendaftar pada periode ini yang menyebutkan kebutuhan pelatihan.</translation>
        </message>
        <message>
            <source>People asking for a programme with no cohort planned: {count}</source>
            <translation>Peminat program yang belum ada rencana angkatannya: {count}</translation>
        </message>
        <message>
            <source>Waiting: asking for the programme and not applied, accepted, on the waitlist, in training or completed in it. People who withdrew, dropped out or did not pass wait again.</source>
            <translation>Menunggu: berminat pada program itu dan belum mendaftar, diterima, masuk daftar tunggu, sedang mengikuti pelatihan, atau lulus di program itu. Orang yang mengundurkan diri, keluar, atau tidak lulus dihitung menunggu lagi.</translation>
        </message>
        <message>
            <source>A person in two target groups is counted in both; each person once per row.</source>
            <translation>Orang yang termasuk dua kelompok sasaran dihitung di keduanya; setiap orang dihitung sekali per baris.</translation>
        </message>
        <message>
            <source>Figures only: no participant's name, NIK, phone or address.</source>
            <translation>Hanya angka: tanpa nama, NIK, nomor telepon, atau alamat peserta.</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Pendidikan</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Terdaftar</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Kesalahan</translation>
        </message>
        <message>
            <source>Asset labels</source>
            <translation>Label aset</translation>
        </message>
        <message>
            <source>S/N {serial}</source>
            <translation>S/N {serial}</translation>
        </message>
        <message>
            <source>Stock-take count sheet</source>
            <translation>Lembar stock opname</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Barang</translation>
        </message>
        <message>
            <source>Asset tag</source>
            <translation>Kode aset</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Satuan</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Tercatat</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Dihitung</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <source>STOCK-TAKE COUNT SHEET</source>
            <translation>LEMBAR HITUNG STOCK OPNAME</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokasi</translation>
        </message>
        <message>
            <source>Expected as of</source>
            <translation>Tercatat per</translation>
        </message>
        <message>
            <source>Counted on</source>
            <translation>Tanggal hitung</translation>
        </message>
        <message>
            <source>The ledger has nothing at this place. Write down anything found here.</source>
            <translation>Tidak ada barang tercatat di tempat ini. Tulis barang yang ditemukan di sini.</translation>
        </message>
        <message>
            <source>Counted by,</source>
            <translation>Yang menghitung,</translation>
        </message>
        <message>
            <source>Checked by,</source>
            <translation>Yang memeriksa,</translation>
        </message>
        <message>
            <source>SPONSOR IMPACT REPORT</source>
            <translation>LAPORAN DAMPAK SPONSOR</translation>
        </message>
        <message>
            <source>Sponsor impact report</source>
            <translation>Laporan dampak sponsor</translation>
        </message>
        <message>
            <source>Nothing was recorded for this sponsor in this period.</source>
            <translation>Tidak ada yang tercatat untuk sponsor ini pada periode ini.</translation>
        </message>
        <message>
            <source>None in this period.</source>
            <translation>Tidak ada pada periode ini.</translation>
        </message>
        <message>
            <source>No follow-up outcomes recorded yet.</source>
            <translation>Belum ada hasil tindak lanjut yang tercatat.</translation>
        </message>
        <message>
            <source>Figures only: this report holds no participant's name, identity number, phone number or address.</source>
            <translation>Hanya angka: laporan ini tidak memuat nama, nomor identitas, nomor telepon, atau alamat peserta.</translation>
        </message>
        <message>
            <source>Money given</source>
            <translation>Uang yang diberikan</translation>
        </message>
        <message>
            <source>Items given</source>
            <translation>Barang yang diberikan</translation>
        </message>
        <message>
            <source>Cohorts supported</source>
            <translation>Angkatan yang didukung</translation>
        </message>
        <message>
            <source>Equipment lent or handed over to participants</source>
            <translation>Peralatan yang dipinjamkan atau diserahterimakan kepada peserta</translation>
        </message>
        <message>
            <source>Materials issued to the cohorts</source>
            <translation>Bahan yang dikeluarkan untuk angkatan</translation>
        </message>
        <message>
            <source>Participants reached</source>
            <translation>Peserta yang terjangkau</translation>
        </message>
        <message>
            <source>Completion and certificates</source>
            <translation>Kelulusan dan sertifikat</translation>
        </message>
        <message>
            <source>Follow-up outcomes</source>
            <translation>Hasil tindak lanjut</translation>
        </message>
        <message>
            <source>Estimated value of items given</source>
            <translation>Perkiraan nilai barang yang diberikan</translation>
        </message>
        <message>
            <source>Reached by phone {months} months after the end</source>
            <translation>Berhasil dihubungi lewat telepon {months} bulan setelah pelatihan selesai</translation>
        </message>
        <message>
            <source>Working (formal or informal)</source>
            <translation>Bekerja (formal atau informal)</translation>
        </message>
        <message>
            <source>Running a business</source>
            <translation>Menjalankan usaha</translation>
        </message>
        <message>
            <source>Uses the skill learned</source>
            <translation>Menggunakan keterampilan yang dipelajari</translation>
        </message>
        <message>
            <source>Shares are of the people reached. Income change: the income they said on the call less the middle of the income band they gave at registration, over the {count} people who said both.</source>
            <translation>Persentase dihitung dari orang yang berhasil dihubungi. Perubahan penghasilan: penghasilan yang disebutkan saat ditelepon dikurangi nilai tengah rentang penghasilan yang diisi saat pendaftaran, dihitung dari {count} orang yang menyebutkan keduanya.</translation>
        </message>
        <message>
            <source>TRAINING REPORT FOR THE PERIOD {start} – {end}</source>
            <translation>LAPORAN PELATIHAN PERIODE {start} – {end}</translation>
        </message>
        <message>
            <source>Training report</source>
            <translation>Laporan pelatihan</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>Semua program</translation>
        </message>
        <message>
            <source>No cohort ran in this period.</source>
            <translation>Tidak ada angkatan yang berjalan pada periode ini.</translation>
        </message>
        <message>
            <source>Participants trained per programme</source>
            <translation>Peserta yang dilatih per program</translation>
        </message>
        <message>
            <source>Participants by regency or city of residence</source>
            <translation>Peserta menurut kabupaten/kota tempat tinggal</translation>
        </message>
        <message>
            <source>Annex: {title}</source>
            <translation>Lampiran: {title}</translation>
        </message>
        <message>
            <source>Age at the start</source>
            <translation>Umur saat mulai</translation>
        </message>
        <message>
            <source>With</source>
            <translation>Dengan</translation>
        </message>
        <message>
            <source>Without</source>
            <translation>Tanpa</translation>
        </message>
        <message>
            <source>Follow-up call list</source>
            <translation>Daftar panggilan tindak lanjut</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Percobaan</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>FOLLOW-UP CALL LIST</source>
            <translation>DAFTAR PANGGILAN TINDAK LANJUT</translation>
        </message>
        <message>
            <source>Only people who agreed to follow-up contact. Under Result write: reached or not; work (formal, informal, none); business and its kind; monthly income; uses the skill; needs help. Enter it in Pelita the same day.</source>
            <translation>Hanya orang yang bersedia dihubungi untuk tindak lanjut. Di kolom Hasil tulis: berhasil dihubungi atau tidak; pekerjaan (formal, informal, tidak bekerja); usaha dan jenisnya; penghasilan per bulan; menggunakan keterampilan atau tidak; perlu bantuan atau tidak. Masukkan ke Pelita pada hari yang sama.</translation>
        </message>
        <message>
            <source>3, 6 and 12 months after the training</source>
            <translation>3, 6, dan 12 bulan setelah pelatihan</translation>
        </message>
        <message>
            <source>{months} months after the training</source>
            <translation>{months} bulan setelah pelatihan</translation>
        </message>
        <message>
            <source>due by {date}</source>
            <translation>paling lambat {date}</translation>
        </message>
        <message>
            <source>Nobody is due a follow-up call.</source>
            <translation>Saat ini tidak ada panggilan tindak lanjut yang jatuh tempo.</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Tidak lulus</translation>
        </message>
        <message>
            <source>Completion rate</source>
            <translation>Tingkat kelulusan</translation>
        </message>
        <message>
            <source>Certificates issued</source>
            <translation>Sertifikat diterbitkan</translation>
        </message>
        <message>
            <source>Total (each person once)</source>
            <translation>Jumlah (setiap orang sekali)</translation>
        </message>
        <message>
            <source>Regency or city</source>
            <translation>Kabupaten/kota</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Tidak tercatat</translation>
        </message>
        <message>
            <source>Head of the centre</source>
            <translation>Kepala lembaga</translation>
        </message>
        <message>
            <source>Cohorts: those whose dates overlap the period. Participants: everyone who took up a place in them (accepted, in training, completed, dropped out or not passed); applicants, the waitlist and those who withdrew before the start are not counted. Each person is counted once per programme, and once in the total even when trained in several programmes, so the rows may add up to more than the total.</source>
            <translation>Angkatan: angkatan yang tanggalnya beririsan dengan periode. Peserta: setiap orang yang mengambil tempat di angkatan itu (diterima, sedang pelatihan, lulus, keluar, atau tidak lulus); pendaftar, daftar tunggu, dan yang mengundurkan diri sebelum mulai tidak dihitung. Setiap orang dihitung sekali per program, dan sekali dalam jumlah walaupun dilatih di beberapa program, sehingga jumlah baris dapat melebihi jumlah total.</translation>
        </message>
        <message>
            <source>Age: on the first day of the first of those cohorts the person joined. Disability: as recorded at registration.</source>
            <translation>Umur: pada hari pertama angkatan pertama yang diikuti orang itu. Disabilitas: sesuai yang dicatat saat pendaftaran.</translation>
        </message>
        <message>
            <source>Completed, dropped out and not passed count places, not people. Completion rate: the places completed out of all places in the cohorts that had ended by {date}; cohorts still running are not in it. Certificates: valid certificates of those cohorts, a re-issued one counted once, revoked ones not at all.</source>
            <translation>Lulus, keluar, dan tidak lulus menghitung tempat, bukan orang. Tingkat kelulusan: tempat yang lulus dibandingkan semua tempat di angkatan yang sudah selesai pada {date}; angkatan yang masih berjalan tidak termasuk. Sertifikat: sertifikat yang berlaku dari angkatan itu; yang diterbitkan ulang dihitung sekali, yang dicabut tidak dihitung.</translation>
        </message>
        <message>
            <source>Residence as recorded in the participant's registration; each person once.</source>
            <translation>Tempat tinggal sesuai yang dicatat saat pendaftaran peserta; setiap orang sekali.</translation>
        </message>
        <message>
            <source>contributions: {count}</source>
            <translation>kontribusi: {count}</translation>
        </message>
        <message>
            <source>Given for</source>
            <translation>Diberikan untuk</translation>
        </message>
        <message>
            <source>The centre's work in general</source>
            <translation>Kegiatan lembaga secara umum</translation>
        </message>
        <message>
            <source>Programme {name}</source>
            <translation>Program {name}</translation>
        </message>
        <message>
            <source>Cohort {code} ({programme})</source>
            <translation>Angkatan {code} ({programme})</translation>
        </message>
        <message>
            <source>Contributions</source>
            <translation>Kontribusi</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Outcomes compared with intake</source>
            <translation>Hasil dibandingkan dengan saat pendaftaran</translation>
        </message>
        <message>
            <source>At intake</source>
            <translation>Saat pendaftaran</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Reached {months} months after the training</source>
            <translation>Berhasil dihubungi {months} bulan setelah pelatihan</translation>
        </message>
        <message>
            <source>cohorts that ended {start} to {end}</source>
            <translation>angkatan yang selesai {start} sampai {end}</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>Orang yang berhasil dihubungi</translation>
        </message>
        <message>
            <source>Said their income</source>
            <translation>Menyebutkan penghasilan</translation>
        </message>
        <message>
            <source>Income compared with the intake band</source>
            <translation>Penghasilan dibandingkan dengan rentang saat pendaftaran</translation>
        </message>
        <message>
            <source>Median change in monthly income</source>
            <translation>Median perubahan penghasilan per bulan</translation>
        </message>
        <message>
            <source>Now in a higher band</source>
            <translation>Kini di rentang lebih tinggi</translation>
        </message>
        <message>
            <source>In the same band</source>
            <translation>Di rentang yang sama</translation>
        </message>
        <message>
            <source>Now in a lower band</source>
            <translation>Kini di rentang lebih rendah</translation>
        </message>
        <message>
            <source>Use the skill learned</source>
            <translation>Menggunakan keterampilan yang dipelajari</translation>
        </message>
        <message>
            <source>Need further help</source>
            <translation>Memerlukan bantuan lanjutan</translation>
        </message>
        <message>
            <source>Estimated value</source>
            <translation>Perkiraan nilai</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Lulus</translation>
        </message>
        <message>
            <source>Personal data held</source>
            <translation>Data pribadi yang disimpan</translation>
        </message>
        <message>
            <source>Everything {centre} holds about the person named below, as asked under Law 27/2022 on Personal Data Protection. The same data is given as a JSON file.</source>
            <translation>Semua data yang disimpan {centre} tentang orang yang namanya tercantum di bawah ini, sesuai permintaan berdasarkan UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi. Data yang sama juga diberikan dalam bentuk berkas JSON.</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identitas</translation>
        </message>
        <message>
            <source>Why no NIK</source>
            <translation>Alasan tidak punya NIK</translation>
        </message>
        <message>
            <source>KK</source>
            <translation>KK</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Address and contact</source>
            <translation>Alamat dan kontak</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Jalan</translation>
        </message>
        <message>
            <source>Education and work</source>
            <translation>Pendidikan dan pekerjaan</translation>
        </message>
        <message>
            <source>Work situation</source>
            <translation>Status pekerjaan</translation>
        </message>
        <message>
            <source>Skills already had</source>
            <translation>Keterampilan yang sudah dimiliki</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Tujuan</translation>
        </message>
        <message>
            <source>Heard of it through</source>
            <translation>Mengetahui dari</translation>
        </message>
        <message>
            <source>Disability and needs</source>
            <translation>Disabilitas dan kebutuhan</translation>
        </message>
        <message>
            <source>Needs at the training</source>
            <translation>Kebutuhan saat pelatihan</translation>
        </message>
        <message>
            <source>Other needs</source>
            <translation>Kebutuhan lain</translation>
        </message>
        <message>
            <source>Welfare decile</source>
            <translation>Desil kesejahteraan</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Kelompok sasaran</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Tanggal diberikan</translation>
        </message>
        <message>
            <source>Purposes</source>
            <translation>Tujuan penggunaan</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Bentuk</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Wali</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Dicatat oleh</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>Test scores</source>
            <translation>Nilai tes</translation>
        </message>
        <message>
            <source>Follow-up calls</source>
            <translation>Panggilan tindak lanjut</translation>
        </message>
        <message>
            <source>Months after</source>
            <translation>Bulan setelah pelatihan</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Berhasil dihubungi</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Pekerjaan</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Penghasilan</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Sertifikat</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Tanggal terbit</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Peralatan</translation>
        </message>
        <message>
            <source>Requests about this data</source>
            <translation>Permintaan terkait data ini</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Permintaan</translation>
        </message>
        <message>
            <source>When the record was worked on</source>
            <translation>Riwayat pengolahan data</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>present {present}, late {late}, excused {excused}, sick {sick}, absent {absent}</source>
            <translation>hadir {present}, terlambat {late}, izin {excused}, sakit {sick}, alpa {absent}</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Berapa kali</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Dikembalikan</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>Dipinjamkan</translation>
        </message>
        <message>
            <source>Handed over for good</source>
            <translation>Diserahterimakan</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Kelompok</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Jumlah</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Persentase</translation>
        </message>
        <message>
            <source>Age at the start of the cohort</source>
            <translation>Umur saat angkatan dimulai</translation>
        </message>
        <message>
            <source>With a disability</source>
            <translation>Dengan disabilitas</translation>
        </message>
        <message>
            <source>Without a disability</source>
            <translation>Tanpa disabilitas</translation>
        </message>
        <message>
            <source>Social assistance</source>
            <translation>Bantuan sosial</translation>
        </message>
        <message>
            <source>Receives social assistance</source>
            <translation>Menerima bantuan sosial</translation>
        </message>
        <message>
            <source>Receives none</source>
            <translation>Tidak menerima</translation>
        </message>
        <message>
            <source>of whom: {programme}</source>
            <translation>di antaranya: {programme}</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Uraian</translation>
        </message>
        <message>
            <source>Cohorts ended by {date}</source>
            <translation>Angkatan yang selesai hingga {date}</translation>
        </message>
        <message>
            <source>Participants in the ended cohorts</source>
            <translation>Peserta pada angkatan yang sudah selesai</translation>
        </message>
        <message>
            <source>Completion rate: those who completed, out of everyone who took up a place in a cohort that has ended (those who withdrew before the start are not counted). Participants reached: everyone who took up a place (accepted, in training, completed, dropped out or not passed), each person once. A re-issued certificate is counted once.</source>
            <translation>Tingkat kelulusan: peserta yang lulus, dibandingkan dengan semua yang mengambil tempat di angkatan yang sudah selesai (yang mengundurkan diri sebelum pelatihan dimulai tidak dihitung). Peserta yang terjangkau: semua yang mengambil tempat (diterima, sedang pelatihan, lulus, keluar, atau tidak lulus), masing-masing dihitung satu kali. Sertifikat yang diterbitkan ulang dihitung satu kali.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Uang</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Barang</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Angkatan</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>Pinjaman</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Bahan</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Kelulusan</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Tindak lanjut</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Inventaris</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Nomor seri</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stok</translation>
        </message>
        <message>
            <source>Reorder level</source>
            <translation>Batas pesan ulang</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Menipis</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>Dipinjam</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Dihapusbukukan</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Program</translation>
        </message>
        <message>
            <source>Villages</source>
            <translation>Desa/kelurahan</translation>
        </message>
        <message>
            <source>Regencies</source>
            <translation>Kabupaten/kota</translation>
        </message>
        <message>
            <source>Last call</source>
            <translation>Panggilan terakhir</translation>
        </message>
        <message>
            <source>Call list</source>
            <translation>Daftar panggilan</translation>
        </message>
        <message>
            <source>Feedback form</source>
            <translation>Formulir umpan balik</translation>
        </message>
        <message>
            <source>TRAINING FEEDBACK FORM</source>
            <translation>FORMULIR UMPAN BALIK PELATIHAN</translation>
        </message>
        <message>
            <source>This programme has no survey questions yet.</source>
            <translation>Program ini belum memiliki pertanyaan survei.</translation>
        </message>
        <message>
            <source>Thank you. Fold the form and put it in the box at the desk.</source>
            <translation>Terima kasih. Lipat formulir ini dan masukkan ke kotak di meja petugas.</translation>
        </message>
        <message>
            <source>Do not write your name: this form is anonymous, so say what you really think. Tick one box for each statement ({scale}). Write the answers to the last questions in your own words.</source>
            <translation>Jangan tulis nama Anda: formulir ini anonim, jadi sampaikan pendapat Anda yang sebenarnya. Centang satu kotak untuk setiap pernyataan ({scale}). Tulis jawaban pertanyaan-pertanyaan terakhir dengan kata-kata Anda sendiri.</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Pernyataan</translation>
        </message>
        <message>
            <source>Feedback survey results</source>
            <translation>Hasil survei umpan balik</translation>
        </message>
        <message>
            <source>Cohort {name}</source>
            <translation>Angkatan {name}</translation>
        </message>
        <message>
            <source>Instructor {name}</source>
            <translation>Instruktur {name}</translation>
        </message>
        <message>
            <source>Scale questions</source>
            <translation>Pertanyaan skala</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pertanyaan</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Jumlah jawaban</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Rata-rata</translation>
        </message>
        <message>
            <source>no longer asked</source>
            <translation>tidak ditanyakan lagi</translation>
        </message>
        <message>
            <source>{forms} forms from {cohorts} cohorts</source>
            <translation>{forms} formulir dari {cohorts} angkatan</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Jawaban</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Tanggal dimasukkan</translation>
        </message>
        <message>
            <source>All cohorts, whenever they ran</source>
            <translation>Semua angkatan, kapan pun dilaksanakan</translation>
        </message>
        <message>
            <source>Cohorts that ran from {start} to {end}</source>
            <translation>Angkatan yang berjalan dari {start} sampai {end}</translation>
        </message>
    </context>
    <context>
        <name>duplicates</name>
        <message>
            <source>Same date of birth and a similar name</source>
            <translation>Tanggal lahir sama dan nama mirip</translation>
        </message>
        <message>
            <source>Same phone number</source>
            <translation>Nomor telepon sama</translation>
        </message>
        <message>
            <source>Similar name in the same village</source>
            <translation>Nama mirip di desa yang sama</translation>
        </message>
        <message>
            <source>Same NIK</source>
            <translation>NIK sama</translation>
        </message>
        <message>
            <source>Same NIK as an earlier row</source>
            <translation>NIK sama dengan baris sebelumnya</translation>
        </message>
    </context>
    <context>
        <name>eligibility</name>
        <message>
            <source>An age must be between 0 and {most}.</source>
            <translation>Usia harus antara 0 dan {most}.</translation>
        </message>
        <message>
            <source>The lowest age ({low}) is above the highest ({high}): no one could join.</source>
            <translation>Usia terendah ({low}) di atas usia tertinggi ({high}): tidak ada yang bisa ikut.</translation>
        </message>
        <message>
            <source>Attendance must be between 0 and 100%.</source>
            <translation>Kehadiran harus antara 0 dan 100%.</translation>
        </message>
        <message>
            <source>A score must be between 0 and 100.</source>
            <translation>Nilai harus antara 0 dan 100.</translation>
        </message>
        <message>
            <source>Aged {age} when the cohort starts; the programme is from {low}.</source>
            <translation>Berusia {age} saat angkatan dimulai; program ini mulai usia {low}.</translation>
        </message>
        <message>
            <source>Aged {age} when the cohort starts; the programme is up to {high}.</source>
            <translation>Berusia {age} saat angkatan dimulai; program ini sampai usia {high}.</translation>
        </message>
        <message>
            <source>Education is not recorded; the programme asks for {level}.</source>
            <translation>Pendidikan belum dicatat; program ini mensyaratkan {level}.</translation>
        </message>
        <message>
            <source>Education {has}; the programme asks for at least {level}.</source>
            <translation>Pendidikan {has}; program ini mensyaratkan minimal {level}.</translation>
        </message>
        <message>
            <source>Not in any of the programme's target groups: {groups}.</source>
            <translation>Tidak termasuk kelompok sasaran program: {groups}.</translation>
        </message>
        <message>
            <source>The programme is for people not in school or work; recorded as {employment}.</source>
            <translation>Program ini untuk yang tidak sedang sekolah atau bekerja; tercatat {employment}.</translation>
        </message>
    </context>
    <context>
        <name>enrolment</name>
        <message>
            <source>Applied</source>
            <translation>Mendaftar</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Diterima</translation>
        </message>
        <message>
            <source>On the waitlist</source>
            <translation>Daftar tunggu</translation>
        </message>
        <message>
            <source>In training</source>
            <translation>Sedang pelatihan</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Lulus</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Mengundurkan diri</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Tidak lulus</translation>
        </message>
        <message>
            <source>Withdrawn before the start</source>
            <translation>Batal sebelum mulai</translation>
        </message>
    </context>
    <context>
        <name>evaluation</name>
        <message>
            <source>Scale 1–5</source>
            <translation>Skala 1–5</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Teks bebas</translation>
        </message>
        <message>
            <source>Not working</source>
            <translation>Tidak bekerja</translation>
        </message>
        <message>
            <source>Working (formal)</source>
            <translation>Bekerja (formal)</translation>
        </message>
        <message>
            <source>Working (informal)</source>
            <translation>Bekerja (informal)</translation>
        </message>
        <message>
            <source>Running a business</source>
            <translation>Menjalankan usaha</translation>
        </message>
        <message>
            <source>Not recorded at intake</source>
            <translation>Tidak tercatat saat pendaftaran</translation>
        </message>
    </context>
    <context>
        <name>import</name>
        <message>
            <source>Full name</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <source>NIK</source>
            <translation>NIK</translation>
        </message>
        <message>
            <source>Family card (KK) number</source>
            <translation>Nomor KK</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Tempat lahir</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <source>Place and date of birth</source>
            <translation>Tempat, tanggal lahir</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Phone / WhatsApp</source>
            <translation>No HP / WA</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>RT</source>
            <translation>RT</translation>
        </message>
        <message>
            <source>RW</source>
            <translation>RW</translation>
        </message>
        <message>
            <source>RT/RW</source>
            <translation>RT/RW</translation>
        </message>
        <message>
            <source>Village / kelurahan</source>
            <translation>Desa/Kelurahan</translation>
        </message>
        <message>
            <source>District / kecamatan</source>
            <translation>Kecamatan</translation>
        </message>
        <message>
            <source>Regency / city</source>
            <translation>Kabupaten/Kota</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provinsi</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Kode pos</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Pendidikan</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Pekerjaan</translation>
        </message>
        <message>
            <source>Marital status</source>
            <translation>Status perkawinan</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disabilitas</translation>
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
        <name>inventory</name>
        <message>
            <source>Equipment</source>
            <translation>Peralatan</translation>
        </message>
        <message>
            <source>Consumable</source>
            <translation>Bahan habis pakai</translation>
        </message>
        <message>
            <source>piece</source>
            <translation>buah</translation>
        </message>
        <message>
            <source>metre</source>
            <translation>meter</translation>
        </message>
        <message>
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <source>roll</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>litre</source>
            <translation>liter</translation>
        </message>
        <message>
            <source>pack</source>
            <translation>pak</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Baik</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Cukup</translation>
        </message>
        <message>
            <source>Needs repair</source>
            <translation>Perlu perbaikan</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation>Rusak</translation>
        </message>
        <message>
            <source>Received (donation)</source>
            <translation>Diterima (hibah)</translation>
        </message>
        <message>
            <source>Received (purchase)</source>
            <translation>Diterima (pembelian)</translation>
        </message>
        <message>
            <source>Issued to a cohort</source>
            <translation>Dikeluarkan untuk angkatan</translation>
        </message>
        <message>
            <source>Lent to a participant</source>
            <translation>Dipinjamkan ke peserta</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Dikembalikan</translation>
        </message>
        <message>
            <source>Handed over for good</source>
            <translation>Diserahterimakan</translation>
        </message>
        <message>
            <source>Moved out</source>
            <translation>Dipindahkan keluar</translation>
        </message>
        <message>
            <source>Moved in</source>
            <translation>Dipindahkan masuk</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Rusak</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Hilang</translation>
        </message>
        <message>
            <source>Stock-take adjustment</source>
            <translation>Penyesuaian stock opname</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>Pinjaman</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>A user name is 3 to 32 letters or digits (also . _ -), without spaces.</source>
            <translation>Nama pengguna terdiri dari 3 sampai 32 huruf atau angka (boleh juga . _ -), tanpa spasi.</translation>
        </message>
        <message>
            <source>Enter the person's full name.</source>
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
            <source>Enter the centre's name.</source>
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
            <source>The passphrase must be at least {minimum} characters long.</source>
            <translation>Frasa sandi harus paling sedikit {minimum} karakter.</translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed.</source>
            <translation>Kedua frasa sandi tidak sama; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The passphrase is wrong: this backup cannot be opened with it.</source>
            <translation>Frasa sandi salah: cadangan ini tidak dapat dibuka dengan frasa sandi tersebut.</translation>
        </message>
        <message>
            <source>This backup is encrypted: type its passphrase to restore it.</source>
            <translation>Cadangan ini terenkripsi: ketik frasa sandinya untuk memulihkannya.</translation>
        </message>
        <message>
            <source>The backup encryption settings of this desk are damaged. Set the passphrase again.</source>
            <translation>Pengaturan enkripsi cadangan di komputer ini rusak. Atur ulang frasa sandinya.</translation>
        </message>
        <message>
            <source>The backup {file} is damaged or incomplete and cannot be restored: {reason}</source>
            <translation>Cadangan {file} rusak atau tidak lengkap sehingga tidak dapat dipulihkan: {reason}</translation>
        </message>
        <message>
            <source>The file {file} is not a Pelita backup.</source>
            <translation>Berkas {file} bukan cadangan Pelita.</translation>
        </message>
        <message>
            <source>The backup {file} was made by a newer version of Pelita. Install the newer Pelita to restore it; nothing was changed.</source>
            <translation>Cadangan {file} dibuat oleh Pelita versi yang lebih baru. Pasang Pelita versi yang lebih baru itu untuk memulihkannya; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The database {path} is damaged, so it cannot be backed up: {reason}</source>
            <translation>Basis data {path} rusak sehingga tidak dapat dicadangkan: {reason}</translation>
        </message>
        <message>
            <source>The backup could not be written into {path}: {reason}. The database was not changed.</source>
            <translation>Cadangan tidak dapat ditulis ke {path}: {reason}. Basis data tidak diubah.</translation>
        </message>
        <message>
            <source>There is no database file at {path}.</source>
            <translation>Tidak ada berkas basis data di {path}.</translation>
        </message>
        <message>
            <source>Cannot read the file {path}: {reason}</source>
            <translation>Berkas {path} tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>Cannot write the backup to the folder {folder}: {reason}</source>
            <translation>Cadangan tidak dapat ditulis ke folder {folder}: {reason}</translation>
        </message>
        <message>
            <source>Cannot read the backup folder {folder}: {reason}</source>
            <translation>Folder cadangan {folder} tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>The backup was saved, but copying it to the second folder {folder} failed: {reason}</source>
            <translation>Cadangan sudah disimpan, tetapi gagal disalin ke folder kedua {folder}: {reason}</translation>
        </message>
        <message>
            <source>Pelita backs up only an SQLite database file. A PostgreSQL database is backed up on its server with pg_dump (see docs/postgresql-backup.md).</source>
            <translation>Pelita hanya mencadangkan berkas basis data SQLite. Basis data PostgreSQL dicadangkan di servernya dengan pg_dump (lihat docs/postgresql-backup.md).</translation>
        </message>
        <message>
            <source>The database file {path} is damaged ({reason}). Restore the newest good backup, taken on {taken}.</source>
            <translation>Berkas basis data {path} rusak ({reason}). Pulihkan cadangan baik yang terbaru, yang dibuat pada {taken}.</translation>
        </message>
        <message>
            <source>The database file {path} is damaged ({reason}) and no good backup of it was found.</source>
            <translation>Berkas basis data {path} rusak ({reason}) dan tidak ditemukan cadangan yang baik untuk berkas ini.</translation>
        </message>
        <message>
            <source>Cannot create the folder for the database {path}: {reason}</source>
            <translation>Tidak dapat membuat folder untuk basis data {path}: {reason}</translation>
        </message>
        <message>
            <source>Cannot connect to the database {url}: {reason}</source>
            <translation>Tidak dapat terhubung ke basis data {url}: {reason}</translation>
        </message>
        <message>
            <source>Names cannot contain emoji or symbols.</source>
            <translation>Nama tidak boleh berisi emoji atau simbol.</translation>
        </message>
        <message>
            <source>Write the name in Latin letters, as on the KTP.</source>
            <translation>Tulis nama dengan huruf Latin, seperti di KTP.</translation>
        </message>
        <message>
            <source>Names cannot contain digits.</source>
            <translation>Nama tidak boleh berisi angka.</translation>
        </message>
        <message>
            <source>Remove {character} from the name: a name holds letters, spaces and ' . , - only.</source>
            <translation>Hapus {character} dari nama: nama hanya berisi huruf, spasi dan ' . , -.</translation>
        </message>
        <message>
            <source>Enter the name.</source>
            <translation>Isi nama.</translation>
        </message>
        <message>
            <source>The name is too long: at most {max} characters, and this one has {length}.</source>
            <translation>Nama terlalu panjang: paling banyak {max} karakter, sedangkan ini {length}.</translation>
        </message>
        <message>
            <source>A name needs at least one letter.</source>
            <translation>Nama harus berisi paling sedikit satu huruf.</translation>
        </message>
        <message>
            <source>Digits 9-10 of the NIK are the birth month, but {month} is not a month.</source>
            <translation>Digit ke-9 dan ke-10 NIK adalah bulan lahir, tetapi {month} bukan bulan.</translation>
        </message>
        <message>
            <source>Digits 7-8 of the NIK ({digits}) are not a day of the birth month (women have 40 added to the day).</source>
            <translation>Digit ke-7 dan ke-8 NIK ({digits}) bukan tanggal pada bulan lahir (untuk perempuan tanggal ditambah 40).</translation>
        </message>
        <message>
            <source>Enter the 16-digit NIK.</source>
            <translation>Isi NIK 16 digit.</translation>
        </message>
        <message>
            <source>A NIK is made of digits only (spaces, dots and dashes between them are fine).</source>
            <translation>NIK hanya berisi angka (spasi, titik dan tanda hubung di antaranya boleh).</translation>
        </message>
        <message>
            <source>A NIK has 16 digits; {count} were typed.</source>
            <translation>NIK terdiri dari 16 digit; yang diketik {count}.</translation>
        </message>
        <message>
            <source>The NIK starts with {code}, which is not an Indonesian province code.</source>
            <translation>NIK diawali {code}, yang bukan kode provinsi di Indonesia.</translation>
        </message>
        <message>
            <source>Digits 3-4 of the NIK (the regency or city) cannot be 00.</source>
            <translation>Digit ke-3 dan ke-4 NIK (kabupaten/kota) tidak boleh 00.</translation>
        </message>
        <message>
            <source>Digits 5-6 of the NIK (the district) cannot be 00.</source>
            <translation>Digit ke-5 dan ke-6 NIK (kecamatan) tidak boleh 00.</translation>
        </message>
        <message>
            <source>The last 4 digits of the NIK (the serial number) cannot be 0000.</source>
            <translation>Empat digit terakhir NIK (nomor urut) tidak boleh 0000.</translation>
        </message>
        <message>
            <source>The region code {code} of this NIK is not in the current list of districts. Regions are split and renumbered and older NIKs stay valid, so check the number against the KTP.</source>
            <translation>Kode wilayah {code} pada NIK ini tidak ada dalam daftar kecamatan terbaru. Wilayah bisa dimekarkan dan diberi kode baru sementara NIK lama tetap berlaku, jadi cocokkan nomornya dengan KTP.</translation>
        </message>
        <message>
            <source>The birth date differs from the one in the NIK ({date}).</source>
            <translation>Tanggal lahir berbeda dengan yang ada di NIK ({date}).</translation>
        </message>
        <message>
            <source>The NIK is a woman's (40 is added to the day of birth).</source>
            <translation>NIK ini milik perempuan (tanggal lahir ditambah 40).</translation>
        </message>
        <message>
            <source>The NIK is a man's (women have 40 added to the day of birth).</source>
            <translation>NIK ini milik laki-laki (untuk perempuan tanggal lahir ditambah 40).</translation>
        </message>
        <message>
            <source>A KK number is made of digits only; check what was typed.</source>
            <translation>Nomor KK hanya berisi angka; periksa yang diketik.</translation>
        </message>
        <message>
            <source>A KK number has 16 digits; {count} were typed.</source>
            <translation>Nomor KK terdiri dari 16 digit; yang diketik {count}.</translation>
        </message>
        <message>
            <source>The KK number starts with {code}, which is not an Indonesian province code.</source>
            <translation>Nomor KK diawali {code}, yang bukan kode provinsi di Indonesia.</translation>
        </message>
        <message>
            <source>A cohort cannot go back to planned.</source>
            <translation>Angkatan tidak dapat kembali ke status direncanakan.</translation>
        </message>
        <message>
            <source>Only a planned cohort can be opened for enrolment.</source>
            <translation>Hanya angkatan yang direncanakan yang dapat dibuka pendaftarannya.</translation>
        </message>
        <message>
            <source>Only an open cohort can start running.</source>
            <translation>Hanya angkatan yang pendaftarannya dibuka yang dapat mulai berjalan.</translation>
        </message>
        <message>
            <source>Only a running cohort can finish.</source>
            <translation>Hanya angkatan yang sedang berjalan yang dapat diselesaikan.</translation>
        </message>
        <message>
            <source>Only a finished cohort can be archived.</source>
            <translation>Hanya angkatan yang sudah selesai yang dapat diarsipkan.</translation>
        </message>
        <message>
            <source>This text is {length} characters long; the limit is {limit}.</source>
            <translation>Teks ini {length} karakter; batasnya {limit}.</translation>
        </message>
        <message>
            <source>Enter the reason; it is kept with the session.</source>
            <translation>Isi alasannya; alasan disimpan bersama sesi.</translation>
        </message>
        <message>
            <source>A session from {starts} must end after it starts, not at {ends}.</source>
            <translation>Sesi yang mulai pukul {starts} harus selesai setelahnya, bukan pukul {ends}.</translation>
        </message>
        <message>
            <source>A session from {starts} to {ends} is at an unusual hour. Check it.</source>
            <translation>Sesi pukul {starts} sampai {ends} berada pada jam yang tidak biasa. Periksa kembali.</translation>
        </message>
        <message>
            <source>Choose at least one day and time in the schedule.</source>
            <translation>Pilih paling sedikit satu hari dan jam pada jadwal.</translation>
        </message>
        <message>
            <source>Choose a day of the week from the list.</source>
            <translation>Pilih hari dari daftar.</translation>
        </message>
        <message>
            <source>Two sessions on the same day overlap ({first} and {second}).</source>
            <translation>Dua sesi pada hari yang sama bertumpang tindih ({first} dan {second}).</translation>
        </message>
        <message>
            <source>Choose the programme.</source>
            <translation>Pilih programnya.</translation>
        </message>
        <message>
            <source>Enter the start date.</source>
            <translation>Isi tanggal mulai.</translation>
        </message>
        <message>
            <source>Enter the end date.</source>
            <translation>Isi tanggal selesai.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>Tanggal selesai sebelum tanggal mulai.</translation>
        </message>
        <message>
            <source>The cohort would run for {days} days; at most {limit} are allowed. Check the end date.</source>
            <translation>Angkatan akan berlangsung {days} hari; paling lama {limit} hari. Periksa tanggal selesai.</translation>
        </message>
        <message>
            <source>The start date is in the past. Check the year.</source>
            <translation>Tanggal mulai sudah lewat. Periksa tahunnya.</translation>
        </message>
        <message>
            <source>None of the scheduled days falls between the start and end dates.</source>
            <translation>Tidak ada hari terjadwal di antara tanggal mulai dan tanggal selesai.</translation>
        </message>
        <message>
            <source>The capacity must be at least 1.</source>
            <translation>Kapasitas paling sedikit 1.</translation>
        </message>
        <message>
            <source>The capacity can be at most {limit}.</source>
            <translation>Kapasitas paling banyak {limit}.</translation>
        </message>
        <message>
            <source>Choose the funding source.</source>
            <translation>Pilih sumber dana.</translation>
        </message>
        <message>
            <source>The cohort is funded by a sponsor, but no sponsor is chosen.</source>
            <translation>Angkatan ini didanai sponsor, tetapi belum ada sponsor yang dipilih.</translation>
        </message>
        <message>
            <source>RT and RW are numbers from 1 to 999, such as 003.</source>
            <translation>RT dan RW berupa angka 1 sampai 999, misalnya 003.</translation>
        </message>
        <message>
            <source>A postal code has 5 digits.</source>
            <translation>Kode pos terdiri dari 5 digit.</translation>
        </message>
        <message>
            <source>Type the NIK, or choose why the person has none.</source>
            <translation>Ketik NIK, atau pilih alasan orang ini tidak punya NIK.</translation>
        </message>
        <message>
            <source>Enter the date of birth.</source>
            <translation>Isi tanggal lahir.</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <translation>Tanggal lahir ada di masa depan.</translation>
        </message>
        <message>
            <source>That date of birth makes the person {age} years old. Check the year.</source>
            <translation>Dengan tanggal lahir itu umurnya {age} tahun. Periksa tahunnya.</translation>
        </message>
        <message>
            <source>Choose the sex.</source>
            <translation>Pilih jenis kelamin.</translation>
        </message>
        <message>
            <source>The person is {age}: old enough to have a KTP with a NIK.</source>
            <translation>Orang ini berumur {age} tahun: sudah cukup umur untuk punya KTP dengan NIK.</translation>
        </message>
        <message>
            <source>Choose the village again from the list.</source>
            <translation>Pilih lagi desa/kelurahan dari daftar.</translation>
        </message>
        <message>
            <source>The welfare decile is 1 to 10, and only for people listed in DTSEN.</source>
            <translation>Desil kesejahteraan bernilai 1 sampai 10, dan hanya untuk orang yang terdaftar di DTSEN.</translation>
        </message>
        <message>
            <source>Each programme can be chosen only once.</source>
            <translation>Setiap program hanya boleh dipilih sekali.</translation>
        </message>
        <message>
            <source>Without consent to use their data for the training, the person cannot be registered.</source>
            <translation>Tanpa persetujuan penggunaan data untuk pelatihan, orang ini tidak dapat didaftarkan.</translation>
        </message>
        <message>
            <source>The person is under 18: enter the parent's or guardian's name.</source>
            <translation>Orang ini belum 18 tahun: isi nama orang tua atau wali.</translation>
        </message>
        <message>
            <source>Enter how the guardian is related (mother, father, uncle, …).</source>
            <translation>Isi hubungan wali dengan peserta (ibu, ayah, paman, …).</translation>
        </message>
        <message>
            <source>The consent date is in the future.</source>
            <translation>Tanggal persetujuan ada di masa depan.</translation>
        </message>
        <message>
            <source>Start the number with 0 or +62 (for example 0812-3456-7890), or with + and the country code for a foreign number.</source>
            <translation>Awali nomor dengan 0 atau +62 (misalnya 0812-3456-7890), atau dengan + dan kode negara untuk nomor luar negeri.</translation>
        </message>
        <message>
            <source>The phone number is too short: check for missing digits ({count} typed).</source>
            <translation>Nomor telepon terlalu pendek: periksa digit yang kurang ({count} diketik).</translation>
        </message>
        <message>
            <source>The phone number is too long: check for extra digits ({count} typed).</source>
            <translation>Nomor telepon terlalu panjang: periksa digit yang berlebih ({count} diketik).</translation>
        </message>
        <message>
            <source>No country has the code at the start of this number. Indonesian numbers start with 0 or +62.</source>
            <translation>Tidak ada negara dengan kode di awal nomor ini. Nomor Indonesia diawali 0 atau +62.</translation>
        </message>
        <message>
            <source>This is not a valid Indonesian phone number; check the digits and the area or mobile prefix.</source>
            <translation>Ini bukan nomor telepon Indonesia yang sah; periksa digitnya dan kode area atau awalan nomor HP.</translation>
        </message>
        <message>
            <source>This is not a valid phone number for its country; check the digits.</source>
            <translation>Ini bukan nomor telepon yang sah untuk negaranya; periksa digitnya.</translation>
        </message>
        <message>
            <source>A phone number has digits only, with an optional + at the start (spaces, dots, dashes and brackets are fine).</source>
            <translation>Nomor telepon hanya berisi angka, boleh diawali + (spasi, titik, tanda hubung dan kurung boleh).</translation>
        </message>
        <message>
            <source>Say why these two records are the same person.</source>
            <translation>Jelaskan mengapa kedua data ini orang yang sama.</translation>
        </message>
        <message>
            <source>A record cannot be merged into itself.</source>
            <translation>Data tidak dapat digabungkan dengan dirinya sendiri.</translation>
        </message>
        <message>
            <source>This NIK is already registered to {name}. Their record is opened.</source>
            <translation>NIK ini sudah terdaftar atas nama {name}. Datanya dibuka.</translation>
        </message>
        <message>
            <source>This person may already be registered. Check the list first.</source>
            <translation>Orang ini mungkin sudah terdaftar. Periksa daftarnya dulu.</translation>
        </message>
        <message>
            <source>{people} changed this record while you were editing it ({fields}). Your changes are still in the form and were not saved: reload to see theirs, then make yours again.</source>
            <translation>{people} mengubah data ini saat Anda sedang mengeditnya ({fields}). Perubahan Anda masih ada di formulir dan belum disimpan: muat ulang untuk melihat perubahan mereka, lalu ulangi perubahan Anda.</translation>
        </message>
        <message>
            <source>This person's data was deleted at their request; it cannot be changed.</source>
            <translation>Data orang ini sudah dihapus atas permintaannya; data ini tidak dapat diubah.</translation>
        </message>
        <message>
            <source>{name} does not meet the programme's rules ({count}). Only an administrator can enrol them, giving a reason.</source>
            <translation>{name} tidak memenuhi syarat program ({count}). Hanya administrator yang dapat mendaftarkannya, dengan alasan.</translation>
        </message>
        <message>
            <source>Close the request as done or as refused.</source>
            <translation>Tutup permintaan sebagai selesai atau ditolak.</translation>
        </message>
        <message>
            <source>This request no longer exists.</source>
            <translation>Permintaan ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>This request is about someone else.</source>
            <translation>Permintaan ini tentang orang lain.</translation>
        </message>
        <message>
            <source>This request was already closed.</source>
            <translation>Permintaan ini sudah ditutup.</translation>
        </message>
        <message>
            <source>This participant no longer exists.</source>
            <translation>Peserta ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>This person's data was already deleted.</source>
            <translation>Data orang ini sudah dihapus.</translation>
        </message>
        <message>
            <source>A request cannot arrive in the future.</source>
            <translation>Tanggal masuk permintaan tidak boleh di masa depan.</translation>
        </message>
        <message>
            <source>This enrolment no longer exists.</source>
            <translation>Pendaftaran pelatihan ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>Cohort {cohort} takes no more enrolments: only planned, open and running cohorts do.</source>
            <translation>Angkatan {cohort} tidak menerima pendaftaran lagi: hanya angkatan yang direncanakan, dibuka atau berjalan yang menerima.</translation>
        </message>
        <message>
            <source>This enrolment was changed at another desk just now. Reload it and try again.</source>
            <translation>Pendaftaran pelatihan ini baru saja diubah di meja lain. Muat ulang lalu coba lagi.</translation>
        </message>
        <message>
            <source>Only an administrator can enrol someone the programme's rules refuse.</source>
            <translation>Hanya administrator yang dapat mendaftarkan orang yang tidak memenuhi syarat program.</translation>
        </message>
        <message>
            <source>{name} is already enrolled in this programme (cohort {cohort}). Another enrolment is possible only once that one has ended as dropped out, not passed or withdrawn.</source>
            <translation>{name} sudah terdaftar di program ini (angkatan {cohort}). Pendaftaran lain hanya bisa setelah pendaftaran itu berakhir: mengundurkan diri, tidak lulus atau batal.</translation>
        </message>
        <message>
            <source>{name} is ahead on the waitlist: offer the seat to them first, or withdraw them.</source>
            <translation>{name} lebih dulu di daftar tunggu: tawarkan kursinya kepadanya dulu, atau batalkan pendaftarannya.</translation>
        </message>
        <message>
            <source>There is no free seat in cohort {cohort}: it was taken at another desk. {name} stays on the waitlist.</source>
            <translation>Tidak ada kursi kosong di angkatan {cohort}: sudah diambil di meja lain. {name} tetap di daftar tunggu.</translation>
        </message>
        <message>
            <source>Only someone on the waitlist can be offered a freed seat.</source>
            <translation>Kursi kosong hanya dapat ditawarkan kepada orang di daftar tunggu.</translation>
        </message>
        <message>
            <source>Not saved: the database refused it ({reason}).</source>
            <translation>Tidak tersimpan: basis data menolaknya ({reason}).</translation>
        </message>
        <message>
            <source>This NIK belongs to another participant: {name}.</source>
            <translation>NIK ini milik peserta lain: {name}.</translation>
        </message>
        <message>
            <source>This record was merged into another one; open that one instead.</source>
            <translation>Data ini sudah digabungkan ke data lain; buka data itu.</translation>
        </message>
        <message>
            <source>This enrolment has ended; its status can no longer change.</source>
            <translation>Pendaftaran pelatihan ini sudah berakhir; statusnya tidak dapat diubah lagi.</translation>
        </message>
        <message>
            <source>This enrolment cannot go to that status from the one it has now.</source>
            <translation>Pendaftaran pelatihan ini tidak dapat pindah ke status itu dari status sekarang.</translation>
        </message>
        <message>
            <source>Give the reason for dropping out.</source>
            <translation>Isi alasan mengundurkan diri.</translation>
        </message>
        <message>
            <source>A weight is a whole number from 0 to {most}.</source>
            <translation>Bobot berupa bilangan bulat dari 0 sampai {most}.</translation>
        </message>
        <message>
            <source>This cohort no longer exists.</source>
            <translation>Angkatan ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>This person is not taking part in {cohort}: their scores cannot be recorded here.</source>
            <translation>Orang ini tidak mengikuti {cohort}: nilainya tidak dapat dicatat di sini.</translation>
        </message>
        <message>
            <source>This person is on the list twice.</source>
            <translation>Orang ini tercantum dua kali dalam daftar.</translation>
        </message>
        <message>
            <source>{code} is not a competency unit of {programme}.</source>
            <translation>{code} bukan unit kompetensi pada {programme}.</translation>
        </message>
        <message>
            <source>A unit is passed, not passed or not assessed.</source>
            <translation>Status unit hanya dapat berupa lulus, tidak lulus, atau belum dinilai.</translation>
        </message>
        <message>
            <source>Choose between 0 and {max} days.</source>
            <translation>Pilih antara 0 dan {max} hari.</translation>
        </message>
        <message>
            <source>This session was cancelled; nobody can be marked for it.</source>
            <translation>Sesi ini dibatalkan; kehadiran tidak dapat diisi.</translation>
        </message>
        <message>
            <source>This session is on {day}; attendance is taken on the day or after.</source>
            <translation>Sesi ini pada {day}; kehadiran diisi pada hari itu atau sesudahnya.</translation>
        </message>
        <message>
            <source>Marks older than {days} days change only by an administrator.</source>
            <translation>Kehadiran yang lebih lama dari {days} hari hanya dapat diubah oleh administrator.</translation>
        </message>
        <message>
            <source>Say why a mark older than {days} days changes.</source>
            <translation>Tuliskan alasan mengubah kehadiran yang lebih lama dari {days} hari.</translation>
        </message>
        <message>
            <source>A reason can be at most {max} characters.</source>
            <translation>Alasan paling banyak {max} karakter.</translation>
        </message>
        <message>
            <source>This person is not enrolled in the cohort {code}.</source>
            <translation>Orang ini tidak terdaftar di angkatan {code}.</translation>
        </message>
        <message>
            <source>{name} was not in the class on {day}: enrolled from {joined}.</source>
            <translation>{name} belum ikut kelas pada {day}: terdaftar sejak {joined}.</translation>
        </message>
        <message>
            <source>{name} was not in the class on {day}: enrolled from {joined} to {left}.</source>
            <translation>{name} tidak ikut kelas pada {day}: terdaftar dari {joined} sampai {left}.</translation>
        </message>
        <message>
            <source>This cohort is archived and can no longer change.</source>
            <translation>Angkatan ini sudah diarsipkan dan tidak dapat diubah lagi.</translation>
        </message>
        <message>
            <source>One of the chosen instructors no longer exists. Choose again.</source>
            <translation>Salah satu instruktur yang dipilih sudah tidak ada. Pilih lagi.</translation>
        </message>
        <message>
            <source>The account of {name} is disabled; choose another instructor.</source>
            <translation>Akun {name} dinonaktifkan; pilih instruktur lain.</translation>
        </message>
        <message>
            <source>{name} is not an instructor: only instructors and administrators can teach a cohort.</source>
            <translation>{name} bukan instruktur: hanya instruktur dan administrator yang dapat mengajar angkatan.</translation>
        </message>
        <message>
            <source>One of the chosen sponsors no longer exists. Choose again.</source>
            <translation>Salah satu sponsor yang dipilih sudah tidak ada. Pilih lagi.</translation>
        </message>
        <message>
            <source>This programme is not offered any more. Choose another one.</source>
            <translation>Program ini tidak ditawarkan lagi. Pilih program lain.</translation>
        </message>
        <message>
            <source>Other desks kept creating cohorts at the same moment, so this one was not saved. Save it again.</source>
            <translation>Meja lain terus membuat angkatan pada saat yang sama, sehingga angkatan ini belum tersimpan. Simpan lagi.</translation>
        </message>
        <message>
            <source>No session on {day}, a public holiday: {holiday}.</source>
            <translation>Tidak ada sesi pada {day}, hari libur nasional: {holiday}.</translation>
        </message>
        <message>
            <source>A cohort stays with its programme; create a new cohort for another one.</source>
            <translation>Angkatan tetap pada programnya; buat angkatan baru untuk program lain.</translation>
        </message>
        <message>
            <source>{taken} seats are already taken, so the capacity cannot be less than {taken}.</source>
            <translation>{taken} kursi sudah terisi, jadi kapasitas tidak boleh kurang dari {taken}.</translation>
        </message>
        <message>
            <source>Attendance was already taken in this cohort, so its dates and schedule cannot change. Move or cancel single sessions instead.</source>
            <translation>Presensi angkatan ini sudah diisi, jadi tanggal dan jadwalnya tidak dapat diubah. Pindahkan atau batalkan sesi satu per satu.</translation>
        </message>
        <message>
            <source>The make-up session of {day} is outside the new dates and was removed (reason: {reason}).</source>
            <translation>Sesi pengganti tanggal {day} berada di luar tanggal baru dan dihapus (alasan: {reason}).</translation>
        </message>
        <message>
            <source>The session moved from {day} is no longer in the schedule and was removed (reason: {reason}).</source>
            <translation>Sesi yang dipindahkan dari {day} tidak ada lagi di jadwal dan dihapus (alasan: {reason}).</translation>
        </message>
        <message>
            <source>The cancelled session of {day} is no longer in the schedule and was removed (reason: {reason}).</source>
            <translation>Sesi yang dibatalkan pada {day} tidak ada lagi di jadwal dan dihapus (alasan: {reason}).</translation>
        </message>
        <message>
            <source>This session was cancelled; add a make-up session instead of moving it.</source>
            <translation>Sesi ini sudah dibatalkan; tambahkan sesi pengganti, jangan dipindahkan.</translation>
        </message>
        <message>
            <source>Choose another day, time or room to move it to.</source>
            <translation>Pilih hari, jam atau ruang lain sebagai tujuan pemindahan.</translation>
        </message>
        <message>
            <source>This session is already cancelled.</source>
            <translation>Sesi ini sudah dibatalkan.</translation>
        </message>
        <message>
            <source>You do not teach this cohort. Ask an administrator to add you.</source>
            <translation>Anda tidak mengajar angkatan ini. Minta administrator menambahkan Anda.</translation>
        </message>
        <message>
            <source>This session no longer exists.</source>
            <translation>Sesi ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>{day} is a public holiday: {holiday}.</source>
            <translation>{day} adalah hari libur nasional: {holiday}.</translation>
        </message>
        <message>
            <source>{day} is outside the cohort's dates ({start} to {end}).</source>
            <translation>{day} di luar tanggal angkatan ({start} sampai {end}).</translation>
        </message>
        <message>
            <source>Room {room} is also used by cohort {cohort} on {day} from {starts} to {ends} (clashing sessions: {count}).</source>
            <translation>Ruang {room} juga dipakai angkatan {cohort} pada {day} pukul {starts} sampai {ends} (sesi bentrok: {count}).</translation>
        </message>
        <message>
            <source>{instructor} also teaches cohort {cohort} on {day} from {starts} to {ends} (clashing sessions: {count}).</source>
            <translation>{instructor} juga mengajar angkatan {cohort} pada {day} pukul {starts} sampai {ends} (sesi bentrok: {count}).</translation>
        </message>
        <message>
            <source>Enter the sponsor's name.</source>
            <translation>Isi nama sponsor.</translation>
        </message>
        <message>
            <source>The sponsor {name} is already on record; choose it.</source>
            <translation>Sponsor {name} sudah tercatat; pilih yang itu.</translation>
        </message>
        <message>
            <source>Enter the item's name.</source>
            <translation>Isi nama barangnya.</translation>
        </message>
        <message>
            <source>A reorder level cannot be negative.</source>
            <translation>Batas pesan ulang tidak boleh negatif.</translation>
        </message>
        <message>
            <source>The asset tag {tag} is already on another item.</source>
            <translation>Kode aset {tag} sudah dipakai barang lain.</translation>
        </message>
        <message>
            <source>Choose a period of at most ten years.</source>
            <translation>Pilih periode paling lama sepuluh tahun.</translation>
        </message>
        <message>
            <source>This programme is no longer on record.</source>
            <translation>Program ini tidak ada lagi dalam catatan.</translation>
        </message>
        <message>
            <source>This sponsor is no longer on record.</source>
            <translation>Sponsor ini sudah tidak tercatat.</translation>
        </message>
        <message>
            <source>{name} is already in the inventory; receive more of it instead.</source>
            <translation>{name} sudah ada di inventaris; catat penerimaan tambahannya saja.</translation>
        </message>
        <message>
            <source>Someone else changed this item while you were editing it. Your changes are still in the form and were not saved: reload to see theirs, then make yours again.</source>
            <translation>Orang lain mengubah barang ini saat Anda menyuntingnya. Perubahan Anda masih ada di formulir dan belum disimpan: muat ulang untuk melihat perubahan mereka, lalu ulangi perubahan Anda.</translation>
        </message>
        <message>
            <source>The kind and unit of an item with movements cannot change; add a new item instead.</source>
            <translation>Jenis dan satuan barang yang sudah punya mutasi tidak dapat diubah; tambahkan barang baru.</translation>
        </message>
        <message>
            <source>{name} is still in stock. Write it off as damaged or lost, or issue it, before retiring it.</source>
            <translation>{name} masih ada di stok. Hapus sebagai rusak atau hilang, atau keluarkan, sebelum menghapusbukukannya.</translation>
        </message>
        <message>
            <source>{name} is out on loan; take it back first.</source>
            <translation>{name} sedang dipinjam; terima kembali dulu.</translation>
        </message>
        <message>
            <source>Write the note.</source>
            <translation>Tulis catatannya.</translation>
        </message>
        <message>
            <source>Only equipment has a condition.</source>
            <translation>Hanya peralatan yang punya kondisi.</translation>
        </message>
        <message>
            <source>This database has no centre yet.</source>
            <translation>Basis data ini belum memiliki data lembaga.</translation>
        </message>
        <message>
            <source>This file is not an Excel workbook (.xlsx).</source>
            <translation>Berkas ini bukan buku kerja Excel (.xlsx).</translation>
        </message>
        <message>
            <source>This workbook is not an attendance matrix exported from Pelita: its row of session codes was not found.</source>
            <translation>Buku kerja ini bukan rekap kehadiran yang diekspor dari Pelita: baris kode sesinya tidak ditemukan.</translation>
        </message>
        <message>
            <source>The matrix's code (like DM-12-K, under Name) is missing.</source>
            <translation>Kode rekap (seperti DM-12-K, di bawah Nama) tidak ada.</translation>
        </message>
        <message>
            <source>This is the matrix of another cohort ({code}); open that cohort to import it.</source>
            <translation>Ini rekap angkatan lain ({code}); buka angkatan itu untuk mengimpornya.</translation>
        </message>
        <message>
            <source>Session {code} is not a session of this cohort.</source>
            <translation>Sesi {code} bukan sesi angkatan ini.</translation>
        </message>
        <message>
            <source>Session {code} has two columns.</source>
            <translation>Sesi {code} ada di dua kolom.</translation>
        </message>
        <message>
            <source>{ref} is not the reference of a participant of this cohort.</source>
            <translation>{ref} bukan nomor rujukan peserta angkatan ini.</translation>
        </message>
        <message>
            <source>This row has marks but no reference: enrol new participants in Pelita, then export the matrix again.</source>
            <translation>Baris ini berisi kehadiran tetapi tanpa nomor rujukan: daftarkan peserta baru di Pelita, lalu ekspor rekap lagi.</translation>
        </message>
        <message>
            <source>{ref} has two rows.</source>
            <translation>{ref} ada di dua baris.</translation>
        </message>
        <message>
            <source>The name {name} does not match {expected}, the participant of {ref}.</source>
            <translation>Nama {name} tidak cocok dengan {expected}, peserta {ref}.</translation>
        </message>
        <message>
            <source>{value} is not a mark: use H, I, S or A, or T with the minutes late (T15).</source>
            <translation>{value} bukan tanda kehadiran: gunakan H, I, S atau A, atau T dengan menit terlambat (T15).</translation>
        </message>
        <message>
            <source>A note can be at most {max} characters.</source>
            <translation>Catatan paling banyak {max} karakter.</translation>
        </message>
        <message>
            <source>Give how many minutes late, from 1 to {max}.</source>
            <translation>Isi berapa menit terlambat, dari 1 sampai {max}.</translation>
        </message>
        <message>
            <source>{code} is not the code of an attendance sheet. It looks like DH-1234-K, printed at the top of the sheet.</source>
            <translation>{code} bukan kode lembar daftar hadir. Bentuknya seperti DH-1234-K, tercetak di bagian atas lembar.</translation>
        </message>
        <message>
            <source>{code} is the code of a cohort's matrix, not of one session.</source>
            <translation>{code} adalah kode rekap angkatan, bukan kode satu sesi.</translation>
        </message>
        <message>
            <source>The centre is not set up yet.</source>
            <translation>Lembaga belum disiapkan.</translation>
        </message>
        <message>
            <source>Cancelled: no certificate was issued and no number was used.</source>
            <translation>Dibatalkan: tidak ada sertifikat yang diterbitkan dan tidak ada nomor yang terpakai.</translation>
        </message>
        <message>
            <source>Someone else changed how certificates look a moment ago. Close and open Settings again to see their changes, then make yours.</source>
            <translation>Orang lain baru saja mengubah tampilan sertifikat. Tutup lalu buka lagi Pengaturan untuk melihat perubahannya, lalu buat perubahan Anda.</translation>
        </message>
        <message>
            <source>This file is not a spreadsheet: choose an Excel workbook (.xlsx) or a CSV file.</source>
            <translation>Berkas ini bukan lembar kerja: pilih buku kerja Excel (.xlsx) atau berkas CSV.</translation>
        </message>
        <message>
            <source>This workbook is protected by a password: open it in Excel, save a copy without the password and import that copy.</source>
            <translation>Buku kerja ini dilindungi kata sandi: buka di Excel, simpan salinan tanpa kata sandi, lalu impor salinan itu.</translation>
        </message>
        <message>
            <source>This is an old Excel file (.xls): open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that.</source>
            <translation>Ini berkas Excel lama (.xls): buka di Excel atau LibreOffice, simpan sebagai buku kerja Excel (.xlsx), lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>This workbook is damaged or incomplete: open it in Excel or LibreOffice, save it again and import it again.</source>
            <translation>Buku kerja ini rusak atau tidak lengkap: buka di Excel atau LibreOffice, simpan lagi, lalu impor lagi.</translation>
        </message>
        <message>
            <source>The sheet is empty: no row of column headings was found.</source>
            <translation>Lembar kerja kosong: tidak ditemukan baris judul kolom.</translation>
        </message>
        <message>
            <source>The sheet has column headings but no rows below them.</source>
            <translation>Lembar kerja memiliki judul kolom tetapi tidak ada baris di bawahnya.</translation>
        </message>
        <message>
            <source>The file has more than {max} rows; at most {max} can be imported at once: split the file.</source>
            <translation>Berkas berisi lebih dari {max} baris; paling banyak {max} dapat diimpor sekaligus: pecah berkasnya.</translation>
        </message>
        <message>
            <source>Row {row}, column {column} holds {length} characters; a cell may hold at most {max}: shorten it. Nothing was read.</source>
            <translation>Baris {row}, kolom {column} berisi {length} karakter; satu sel paling banyak {max}: persingkat. Tidak ada yang dibaca.</translation>
        </message>
        <message>
            <source>Row {row} holds a cell of more than {max} characters: shorten it. Nothing was read.</source>
            <translation>Baris {row} memuat sel lebih dari {max} karakter: persingkat. Tidak ada yang dibaca.</translation>
        </message>
        <message>
            <source>The letters in this CSV file cannot be read (it is neither UTF-8 nor Windows-1252): save it again as “CSV UTF-8” and import that.</source>
            <translation>Huruf dalam berkas CSV ini tidak dapat dibaca (bukan UTF-8 maupun Windows-1252): simpan lagi sebagai “CSV UTF-8” lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>Merged column headings were split: each column got the merged heading.</source>
            <translation>Judul kolom yang digabung dipisahkan: setiap kolom mendapat judul gabungan itu.</translation>
        </message>
        <message>
            <source>Some cells hold formulas that were never calculated and are read as empty: open the file in Excel or LibreOffice, save it and import it again.</source>
            <translation>Beberapa sel berisi rumus yang belum pernah dihitung dan dibaca kosong: buka berkas di Excel atau LibreOffice, simpan, lalu impor lagi.</translation>
        </message>
        <message>
            <source>Which column holds the name?</source>
            <translation>Kolom mana yang berisi nama?</translation>
        </message>
        <message>
            <source>Which column holds the date of birth? Without a NIK column it cannot be read.</source>
            <translation>Kolom mana yang berisi tanggal lahir? Tanpa kolom NIK, tanggal lahir tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>Which column holds the sex? Without a NIK column it cannot be read.</source>
            <translation>Kolom mana yang berisi jenis kelamin? Tanpa kolom NIK, jenis kelamin tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>Two columns are set to the same field. Leave one of them unmapped.</source>
            <translation>Dua kolom diarahkan ke isian yang sama. Biarkan salah satunya tidak dipakai.</translation>
        </message>
        <message>
            <source>Use either the RT/RW column or separate RT and RW columns, not both.</source>
            <translation>Pakai kolom RT/RW atau kolom RT dan RW terpisah, jangan keduanya.</translation>
        </message>
        <message>
            <source>Use either the place-and-date-of-birth column or separate place and date columns, not both.</source>
            <translation>Pakai kolom tempat, tanggal lahir atau kolom tempat dan tanggal terpisah, jangan keduanya.</translation>
        </message>
        <message>
            <source>The NIK was stored as a number and lost digits ({value}): format the column as text and type the NIK again from the KTP.</source>
            <translation>NIK tersimpan sebagai angka dan kehilangan digit ({value}): jadikan kolomnya teks lalu ketik lagi NIK dari KTP.</translation>
        </message>
        <message>
            <source>Excel may have changed the last digit of this NIK: check it against the KTP.</source>
            <translation>Excel mungkin mengubah digit terakhir NIK ini: periksa dengan KTP.</translation>
        </message>
        <message>
            <source>The phone number was stored as a number and lost digits ({value}): format the column as text and type the number again.</source>
            <translation>Nomor HP tersimpan sebagai angka dan kehilangan digit ({value}): jadikan kolomnya teks lalu ketik lagi nomornya.</translation>
        </message>
        <message>
            <source>The phone number was stored as a number and lost its leading 0; it was put back ({value}).</source>
            <translation>Nomor HP tersimpan sebagai angka dan kehilangan angka 0 di depan; angka 0 dikembalikan ({value}).</translation>
        </message>
        <message>
            <source>{value} is not a date: write the date as dd/mm/yyyy (for example 17/08/1990).</source>
            <translation>{value} bukan tanggal: tulis tanggal sebagai dd/mm/yyyy (misalnya 17/08/1990).</translation>
        </message>
        <message>
            <source>{value} is not a day of the calendar: check the day and month.</source>
            <translation>{value} bukan tanggal yang ada di kalender: periksa tanggal dan bulannya.</translation>
        </message>
        <message>
            <source>{value} was read as month/day/year ({date}): check it.</source>
            <translation>{value} dibaca sebagai bulan/tanggal/tahun ({date}): periksa.</translation>
        </message>
        <message>
            <source>{value} is not a sex: write L (laki-laki) or P (perempuan).</source>
            <translation>{value} bukan jenis kelamin: tulis L (laki-laki) atau P (perempuan).</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Dibatalkan: tidak ada berkas yang ditulis.</translation>
        </message>
        <message>
            <source>Choose a file name ending in .xlsx or .csv.</source>
            <translation>Pilih nama berkas yang berakhiran .xlsx atau .csv.</translation>
        </message>
        <message>
            <source>{file} cannot be written: {why}.</source>
            <translation>{file} tidak dapat ditulis: {why}.</translation>
        </message>
        <message>
            <source>This NIK is already registered to {name} (participant {id}).</source>
            <translation>NIK ini sudah terdaftar atas nama {name} (peserta {id}).</translation>
        </message>
        <message>
            <source>This NIK is also on row {row} ({name}): one person, one row.</source>
            <translation>NIK ini juga ada di baris {row} ({name}): satu orang, satu baris.</translation>
        </message>
        <message>
            <source>{name} (participant {id}) has the same date of birth and a similar name: check that this is not the same person.</source>
            <translation>{name} (peserta {id}) memiliki tanggal lahir yang sama dan nama yang mirip: periksa bahwa ini bukan orang yang sama.</translation>
        </message>
        <message>
            <source>{count} rows have errors, so nobody was imported: fix them, or import only the valid rows.</source>
            <translation>{count} baris berisi kesalahan, jadi tidak ada yang diimpor: perbaiki, atau impor hanya baris yang benar.</translation>
        </message>
        <message>
            <source>The columns are not all matched to fields yet, so nothing can be imported.</source>
            <translation>Belum semua kolom dicocokkan dengan isian, jadi belum ada yang dapat diimpor.</translation>
        </message>
        <message>
            <source>No row can be imported.</source>
            <translation>Tidak ada baris yang dapat diimpor.</translation>
        </message>
        <message>
            <source>Row {row} was registered at another desk since the check ({name}), so nobody was imported: check the list again.</source>
            <translation>Baris {row} sudah didaftarkan di meja lain sejak pemeriksaan ({name}), jadi tidak ada yang diimpor: periksa lagi daftarnya.</translation>
        </message>
        <message>
            <source>A NIK on the list was registered at another desk during the import, so nobody was imported: check the list again.</source>
            <translation>Sebuah NIK dalam daftar didaftarkan di meja lain selama impor, jadi tidak ada yang diimpor: periksa lagi daftarnya.</translation>
        </message>
        <message>
            <source>Already registered as {name}: will be enrolled.</source>
            <translation>Sudah terdaftar sebagai {name}: akan didaftarkan ke angkatan.</translation>
        </message>
        <message>
            <source>This NIK is registered to {name} (participant {id}), whose name is not like this row's: check the NIK. {name} will be enrolled.</source>
            <translation>NIK ini terdaftar atas nama {name} (peserta {id}), yang namanya tidak mirip dengan baris ini: periksa NIK-nya. {name} akan didaftarkan ke angkatan.</translation>
        </message>
        <message>
            <source>Cancelled: nobody was imported.</source>
            <translation>Dibatalkan: tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>The NIK is missing: write the 16 digits from the KTP or family card. A person without a NIK is registered at the desk, where the reason is chosen.</source>
            <translation>NIK belum diisi: tulis 16 digit dari KTP atau kartu keluarga. Orang tanpa NIK didaftarkan di meja, tempat alasannya dipilih.</translation>
        </message>
        <message>
            <source>{value} is not an RT/RW: write it as 003/005, or leave it empty.</source>
            <translation>{value} bukan RT/RW: tulis seperti 003/005, atau kosongkan.</translation>
        </message>
        <message>
            <source>No village {village} was found in the given district, regency and province: the address is kept as text, without a village. Check the spelling, or choose the village later.</source>
            <translation>Desa {village} tidak ditemukan di kecamatan, kabupaten dan provinsi yang disebut: alamat disimpan sebagai teks, tanpa desa. Periksa ejaannya, atau pilih desanya nanti.</translation>
        </message>
        <message>
            <source>There are {count} villages called {village}: add the district (kecamatan) and regency. The address is kept as text, without a village.</source>
            <translation>Ada {count} desa bernama {village}: tambahkan kecamatan dan kabupatennya. Alamat disimpan sebagai teks, tanpa desa.</translation>
        </message>
        <message>
            <source>{value} was not recognised and is left empty: choose it on the record later.</source>
            <translation>{value} tidak dikenali dan dibiarkan kosong: pilih nanti pada data peserta.</translation>
        </message>
        <message>
            <source>This cell holds a formula that was never calculated: its value is missing.</source>
            <translation>Sel ini berisi rumus yang belum pernah dihitung: nilainya tidak ada.</translation>
        </message>
        <message>
            <source>No cohort has the code {code}.</source>
            <translation>Tidak ada angkatan dengan kode {code}.</translation>
        </message>
        <message>
            <source>No row of the list can be enrolled.</source>
            <translation>Tidak ada baris daftar yang dapat didaftarkan ke angkatan.</translation>
        </message>
        <message>
            <source>Not enrolled: the import was cancelled before this person's turn.</source>
            <translation>Tidak didaftarkan ke angkatan: impor dibatalkan sebelum giliran orang ini.</translation>
        </message>
        <message>
            <source>Enter a quantity.</source>
            <translation>Isi jumlahnya.</translation>
        </message>
        <message>
            <source>A quantity cannot be negative.</source>
            <translation>Jumlah tidak boleh negatif.</translation>
        </message>
        <message>
            <source>“{text}” is not a quantity; type a number like 2,5.</source>
            <translation>“{text}” bukan jumlah; ketik angka seperti 2,5.</translation>
        </message>
        <message>
            <source>Use at most three decimals.</source>
            <translation>Gunakan paling banyak tiga angka desimal.</translation>
        </message>
        <message>
            <source>The quantity must be more than zero.</source>
            <translation>Jumlah harus lebih dari nol.</translation>
        </message>
        <message>
            <source>This quantity is too large; check the number.</source>
            <translation>Jumlah ini terlalu besar; periksa angkanya.</translation>
        </message>
        <message>
            <source>Items counted by the {unit} take whole numbers only.</source>
            <translation>Barang yang dihitung per {unit} hanya boleh bilangan bulat.</translation>
        </message>
        <message>
            <source>A value in rupiah cannot be negative.</source>
            <translation>Nilai dalam rupiah tidak boleh negatif.</translation>
        </message>
        <message>
            <source>This amount is too large; check the number.</source>
            <translation>Jumlah ini terlalu besar; periksa angkanya.</translation>
        </message>
        <message>
            <source>Nothing to issue: every quantity is zero.</source>
            <translation>Tidak ada yang dikeluarkan: semua jumlah nol.</translation>
        </message>
        <message>
            <source>This material is no longer in the programme; open the materials again.</source>
            <translation>Bahan ini tidak ada lagi dalam program; buka kembali daftar bahannya.</translation>
        </message>
        <message>
            <source>This item is no longer on record.</source>
            <translation>Barang ini sudah tidak tercatat.</translation>
        </message>
        <message>
            <source>{item} is equipment: equipment is lent, not issued to a cohort.</source>
            <translation>{item} adalah peralatan: peralatan dipinjamkan, tidak dikeluarkan untuk angkatan.</translation>
        </message>
        <message>
            <source>This location is no longer on record.</source>
            <translation>Lokasi ini sudah tidak tercatat.</translation>
        </message>
        <message>
            <source>There is no {item} left at {location}.</source>
            <translation>{item} sudah habis di {location}.</translation>
        </message>
        <message>
            <source>Only {available} of {item} is in stock at {location}.</source>
            <translation>Stok {item} di {location} hanya {available}.</translation>
        </message>
        <message>
            <source>Enter the place's name.</source>
            <translation>Isi nama tempatnya.</translation>
        </message>
        <message>
            <source>The place {name} is already on record.</source>
            <translation>Tempat {name} sudah tercatat.</translation>
        </message>
        <message>
            <source>{location} still holds {count} items. Move them elsewhere before closing it.</source>
            <translation>{location} masih menyimpan {count} barang. Pindahkan dulu sebelum menutupnya.</translation>
        </message>
        <message>
            <source>{location} is closed; choose another place.</source>
            <translation>{location} sudah ditutup; pilih tempat lain.</translation>
        </message>
        <message>
            <source>{item} is already lent to {name} since {date}.</source>
            <translation>{item} sedang dipinjam oleh {name} sejak {date}.</translation>
        </message>
        <message>
            <source>Say what happened: the reason is kept in the ledger.</source>
            <translation>Tuliskan apa yang terjadi: alasannya disimpan di buku mutasi.</translation>
        </message>
        <message>
            <source>{name} has been retired.</source>
            <translation>{name} sudah dihapusbukukan.</translation>
        </message>
        <message>
            <source>Equipment is counted one by one: the quantity is 1.</source>
            <translation>Peralatan dihitung satu per satu: jumlahnya 1.</translation>
        </message>
        <message>
            <source>{name} ({tag}) is already in stock. A second machine is a new item with its own tag.</source>
            <translation>{name} ({tag}) sudah ada di stok. Mesin kedua adalah barang baru dengan kode asetnya sendiri.</translation>
        </message>
        <message>
            <source>This contribution is no longer on record.</source>
            <translation>Kontribusi ini sudah tidak tercatat.</translation>
        </message>
        <message>
            <source>Choose a different place to move it to.</source>
            <translation>Pilih tempat tujuan yang berbeda.</translation>
        </message>
        <message>
            <source>Choose the item, or remove the line.</source>
            <translation>Pilih barangnya, atau hapus baris ini.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount in rupiah; type it like 1.500.000.</source>
            <translation>“{text}” bukan jumlah dalam rupiah; ketik seperti 1.500.000.</translation>
        </message>
        <message>
            <source>There is no place to choose: add one with Places… first.</source>
            <translation>Belum ada tempat untuk dipilih: tambahkan dulu lewat “Lokasi…”.</translation>
        </message>
        <message>
            <source>This handover is no longer on record.</source>
            <translation>Serah terima ini tidak ada lagi dalam catatan.</translation>
        </message>
        <message>
            <source>This is a loan, not a handover: it has no handover record.</source>
            <translation>Ini peminjaman, bukan serah terima: tidak ada berita acara serah terima.</translation>
        </message>
        <message>
            <source>Choose the equipment to print labels for.</source>
            <translation>Pilih peralatan yang labelnya akan dicetak.</translation>
        </message>
        <message>
            <source>{name} is a consumable: only equipment has an asset tag.</source>
            <translation>{name} adalah bahan habis pakai: hanya peralatan yang memiliki kode aset.</translation>
        </message>
        <message>
            <source>The due date cannot be before the day it goes out.</source>
            <translation>Tanggal jatuh tempo tidak boleh sebelum tanggal dipinjamkan.</translation>
        </message>
        <message>
            <source>Only equipment is lent. Hand consumables over for good instead.</source>
            <translation>Hanya peralatan yang dipinjamkan. Bahan habis pakai diserahkan (serah terima) saja.</translation>
        </message>
        <message>
            <source>A piece of equipment is handed over whole: quantity 1.</source>
            <translation>Peralatan diserahkan utuh: jumlahnya 1.</translation>
        </message>
        <message>
            <source>There is no such loan: this was never lent.</source>
            <translation>Peminjaman ini tidak ada: barang ini tidak pernah dipinjamkan.</translation>
        </message>
        <message>
            <source>{item} was handed over for good on {date} ({number}); it is not returned.</source>
            <translation>{item} sudah diserahterimakan pada {date} ({number}); barang ini tidak dikembalikan.</translation>
        </message>
        <message>
            <source>{item} was already returned on {date}.</source>
            <translation>{item} sudah dikembalikan pada {date}.</translation>
        </message>
        <message>
            <source>The return date cannot be before the day it went out ({date}).</source>
            <translation>Tanggal kembali tidak boleh sebelum tanggal dipinjamkan ({date}).</translation>
        </message>
        <message>
            <source>Enter at least one count.</source>
            <translation>Isi paling sedikit satu hasil hitungan.</translation>
        </message>
        <message>
            <source>The count of {item} cannot be below zero.</source>
            <translation>Hasil hitungan {item} tidak boleh kurang dari nol.</translation>
        </message>
        <message>
            <source>{item} is counted by the {unit}: whole numbers only.</source>
            <translation>{item} dihitung per {unit}: hanya bilangan bulat.</translation>
        </message>
        <message>
            <source>{item} is one piece of equipment: count it as 0 or 1.</source>
            <translation>{item} adalah satu unit peralatan: hitung 0 atau 1.</translation>
        </message>
        <message>
            <source>{item} is on loan to {name} since {date}: record its return instead of counting it in.</source>
            <translation>{item} sedang dipinjam oleh {name} sejak {date}: catat pengembaliannya, jangan dihitung masuk.</translation>
        </message>
        <message>
            <source>{item} is on record at another place: move it here instead of counting it in.</source>
            <translation>{item} tercatat di tempat lain: pindahkan ke sini, jangan dihitung masuk.</translation>
        </message>
        <message>
            <source>The agreement cannot end before it starts ({start}).</source>
            <translation>Perjanjian tidak boleh berakhir sebelum dimulai ({start}).</translation>
        </message>
        <message>
            <source>Enter the agreement's number (MoU / PKS).</source>
            <translation>Isi nomor perjanjian (MoU / PKS).</translation>
        </message>
        <message>
            <source>This sponsor already has an agreement numbered {number}.</source>
            <translation>Sponsor ini sudah memiliki perjanjian bernomor {number}.</translation>
        </message>
        <message>
            <source>This agreement is no longer on record.</source>
            <translation>Perjanjian ini tidak ada lagi dalam catatan.</translation>
        </message>
        <message>
            <source>Contributions were recorded under the agreement {number} ({count}), so it stays on record.</source>
            <translation>Sudah ada kontribusi yang dicatat di bawah perjanjian {number} ({count}), jadi perjanjian ini tetap tercatat.</translation>
        </message>
        <message>
            <source>This is not an e-mail address; type it like nama@contoh.co.id.</source>
            <translation>Ini bukan alamat email; ketik seperti nama@contoh.co.id.</translation>
        </message>
        <message>
            <source>Enter the contact person's name.</source>
            <translation>Isi nama narahubung.</translation>
        </message>
        <message>
            <source>This contact is no longer on record.</source>
            <translation>Narahubung ini tidak ada lagi dalam catatan.</translation>
        </message>
        <message>
            <source>A contribution cannot be dated in the future.</source>
            <translation>Tanggal kontribusi tidak boleh setelah hari ini.</translation>
        </message>
        <message>
            <source>This agreement is not one of this sponsor's.</source>
            <translation>Perjanjian ini bukan milik sponsor ini.</translation>
        </message>
        <message>
            <source>Earmark the money for a programme or for a cohort, not both: a cohort's programme is known from the cohort.</source>
            <translation>Peruntukkan dana untuk program atau untuk angkatan, jangan keduanya: program suatu angkatan sudah diketahui dari angkatannya.</translation>
        </message>
        <message>
            <source>Enter an amount of more than Rp0.</source>
            <translation>Isi jumlah lebih dari Rp0.</translation>
        </message>
        <message>
            <source>Add at least one item the sponsor gave.</source>
            <translation>Tambahkan paling sedikit satu barang yang diberikan sponsor.</translation>
        </message>
        <message>
            <source>Another sponsor is already called {name}.</source>
            <translation>Sudah ada sponsor lain yang bernama {name}.</translation>
        </message>
        <message>
            <source>This sponsor was changed at another desk after you opened it, so nothing was saved. Close it and open it again to see the change.</source>
            <translation>Sponsor ini diubah di meja lain setelah Anda membukanya, jadi tidak ada yang disimpan. Tutup lalu buka lagi untuk melihat perubahannya.</translation>
        </message>
        <message>
            <source>{name} cannot be deleted: its record holds contributions ({contributions}), agreements ({agreements}), cohorts it sponsors ({cohorts}) and items it gave ({items}). Deactivate it instead: it stays on record with its history and is no longer offered for new cohorts.</source>
            <translation>{name} tidak dapat dihapus: datanya memuat kontribusi ({contributions}), perjanjian ({agreements}), angkatan yang disponsori ({cohorts}) dan barang yang diberikan ({items}). Nonaktifkan saja: sponsor tetap tercatat beserta riwayatnya dan tidak ditawarkan lagi untuk angkatan baru.</translation>
        </message>
        <message>
            <source>This file is empty.</source>
            <translation>Berkas ini kosong.</translation>
        </message>
        <message>
            <source>This file is {size} MB; the limit is {limit} MB. Scan it at a lower resolution, or in black and white.</source>
            <translation>Ukuran berkas ini {size} MB; batasnya {limit} MB. Pindai dengan resolusi lebih rendah, atau hitam putih.</translation>
        </message>
        <message>
            <source>This file is not a PDF or an image. Choose a PDF, PNG or JPEG file.</source>
            <translation>Berkas ini bukan PDF atau gambar. Pilih berkas PDF, PNG atau JPEG.</translation>
        </message>
        <message>
            <source>No document is attached to this contribution.</source>
            <translation>Tidak ada dokumen yang dilampirkan pada kontribusi ini.</translation>
        </message>
        <message>
            <source>Choose a file name ending in .pdf, .xlsx or .csv.</source>
            <translation>Pilih nama berkas yang berakhiran .pdf, .xlsx, atau .csv.</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>Akhir periode lebih awal daripada awalnya.</translation>
        </message>
        <message>
            <source>This programme no longer exists.</source>
            <translation>Program ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>“{text}” is not a score: type a whole number from 0 to 100.</source>
            <translation>“{text}” bukan nilai: ketik bilangan bulat dari 0 sampai 100.</translation>
        </message>
        <message>
            <source>A score is a whole number, without decimals: not {text}.</source>
            <translation>Nilai harus bilangan bulat, tanpa desimal: bukan {text}.</translation>
        </message>
        <message>
            <source>A score is from {min} to {max}, not {text}.</source>
            <translation>Nilai harus dari {min} sampai {max}, bukan {text}.</translation>
        </message>
        <message>
            <source>Follow-up calls are made 3, 6 or 12 months after the training.</source>
            <translation>Panggilan tindak lanjut dilakukan 3, 6, atau 12 bulan setelah pelatihan.</translation>
        </message>
        <message>
            <source>Say what kind of business it is, such as tailoring or catering.</source>
            <translation>Sebutkan jenis usahanya, misalnya menjahit atau katering.</translation>
        </message>
        <message>
            <source>Choose whether the person works now: formal, informal or not.</source>
            <translation>Pilih apakah orang ini sekarang bekerja: formal, informal, atau tidak bekerja.</translation>
        </message>
        <message>
            <source>Choose yes or no.</source>
            <translation>Pilih ya atau tidak.</translation>
        </message>
        <message>
            <source>Keep this under {limit} characters.</source>
            <translation>Isian ini harus kurang dari {limit} karakter.</translation>
        </message>
        <message>
            <source>Type the monthly income in rupiah, such as 1.500.000 or 1,5 jt.</source>
            <translation>Ketik penghasilan per bulan dalam rupiah, misalnya 1.500.000 atau 1,5 jt.</translation>
        </message>
        <message>
            <source>An income cannot be below zero. Type the monthly income in rupiah, such as 1.500.000 or 1,5 jt; type 0 for no income.</source>
            <translation>Penghasilan tidak boleh kurang dari nol. Ketik penghasilan per bulan dalam rupiah, misalnya 1.500.000 atau 1,5 jt; ketik 0 jika tidak ada penghasilan.</translation>
        </message>
        <message>
            <source>{text} is too little to be rupiah a month. Type the monthly income in rupiah, such as 1.500.000 or 1,5 jt.</source>
            <translation>{text} terlalu kecil untuk penghasilan per bulan dalam rupiah. Ketik penghasilan per bulan dalam rupiah, misalnya 1.500.000 atau 1,5 jt.</translation>
        </message>
        <message>
            <source>Rp {amount} a month is more than Pelita accepts; check the zeros.</source>
            <translation>Rp {amount} per bulan melebihi batas yang diterima Pelita; periksa jumlah nolnya.</translation>
        </message>
        <message>
            <source>A survey needs at least one question.</source>
            <translation>Survei harus memiliki paling sedikit satu pertanyaan.</translation>
        </message>
        <message>
            <source>A survey has at most {limit} questions; this one has {count}.</source>
            <translation>Survei paling banyak memiliki {limit} pertanyaan; survei ini memiliki {count}.</translation>
        </message>
        <message>
            <source>Question {number}: write the question (at least {min} letters).</source>
            <translation>Pertanyaan {number}: tulis pertanyaannya (paling sedikit {min} huruf).</translation>
        </message>
        <message>
            <source>Question {number} is {count} characters long; keep it to {max}.</source>
            <translation>Pertanyaan {number} panjangnya {count} karakter; batasnya {max}.</translation>
        </message>
        <message>
            <source>Question {number} is the same as question {first}.</source>
            <translation>Pertanyaan {number} sama dengan pertanyaan {first}.</translation>
        </message>
        <message>
            <source>Question {number} ({question}): the answer is {count} characters long; keep it to {max}.</source>
            <translation>Pertanyaan {number} ({question}): jawabannya {count} karakter; batasnya {max}.</translation>
        </message>
        <message>
            <source>Question {number} ({question}): give a score from {min} to {max}, not “{value}”.</source>
            <translation>Pertanyaan {number} ({question}): beri nilai dari {min} sampai {max}, bukan “{value}”.</translation>
        </message>
        <message>
            <source>Nothing was filled in. Answer at least one question before saving.</source>
            <translation>Belum ada yang diisi. Jawab paling sedikit satu pertanyaan sebelum menyimpan.</translation>
        </message>
        <message>
            <source>Say whether you reached the person.</source>
            <translation>Nyatakan apakah Anda berhasil menghubungi orang ini.</translation>
        </message>
        <message>
            <source>There is no regency or city with the code {code}.</source>
            <translation>Tidak ada kabupaten/kota dengan kode {code}.</translation>
        </message>
        <message>
            <source>There is no district with the code {code}.</source>
            <translation>Tidak ada kecamatan dengan kode {code}.</translation>
        </message>
        <message>
            <source>This district is not in the chosen regency or city.</source>
            <translation>Kecamatan ini tidak berada di kabupaten/kota yang dipilih.</translation>
        </message>
        <message>
            <source>The {months}-month call of {name} is due on {date}; it cannot be recorded before then.</source>
            <translation>Panggilan {months} bulan untuk {name} dijadwalkan pada {date}; panggilan ini belum dapat dicatat sebelum tanggal itu.</translation>
        </message>
        <message>
            <source>{name} was already reached for the {months}-month call. To correct the answers, record the call again as reached.</source>
            <translation>{name} sudah berhasil dihubungi untuk panggilan {months} bulan. Untuk memperbaiki jawaban, catat lagi panggilan ini sebagai berhasil dihubungi.</translation>
        </message>
        <message>
            <source>{name} did not complete the training, so no outcome can be recorded.</source>
            <translation>{name} tidak menyelesaikan pelatihan, jadi hasilnya tidak dapat dicatat.</translation>
        </message>
        <message>
            <source>{name} withdrew consent to follow-up contact on {date}; no call may be recorded.</source>
            <translation>{name} menarik persetujuan untuk dihubungi dalam rangka tindak lanjut pada {date}; panggilan tidak boleh dicatat.</translation>
        </message>
        <message>
            <source>{name} did not agree to follow-up contact; no call may be recorded.</source>
            <translation>{name} tidak menyetujui untuk dihubungi dalam rangka tindak lanjut; panggilan tidak boleh dicatat.</translation>
        </message>
        <message>
            <source>This form has a question that is not on the survey of this cohort's programme. Close the form and open it again.</source>
            <translation>Formulir ini memuat pertanyaan yang tidak ada di survei program angkatan ini. Tutup formulir lalu buka lagi.</translation>
        </message>
        <message>
            <source>The question “{question}” is no longer asked on this survey. Close the form and open it again.</source>
            <translation>Pertanyaan “{question}” tidak lagi ditanyakan dalam survei ini. Tutup formulir lalu buka lagi.</translation>
        </message>
        <message>
            <source>Save the results as an .xlsx or a .csv file.</source>
            <translation>Simpan hasilnya sebagai berkas .xlsx atau .csv.</translation>
        </message>
        <message>
            <source>There is no such user.</source>
            <translation>Pengguna tersebut tidak ada.</translation>
        </message>
        <message>
            <source>Question {number} is no longer on this survey (someone changed it at another desk). Close the list and open it again.</source>
            <translation>Pertanyaan {number} sudah tidak ada di survei ini (seseorang mengubahnya di meja lain). Tutup daftar lalu buka lagi.</translation>
        </message>
        <message>
            <source>Question {number} already has {count} answers, so its kind cannot change. Add a new question instead.</source>
            <translation>Pertanyaan {number} sudah memiliki {count} jawaban, jadi jenisnya tidak dapat diubah. Tambahkan pertanyaan baru saja.</translation>
        </message>
        <message>
            <source>{programme} already has {count} survey questions; change those instead.</source>
            <translation>{programme} sudah memiliki {count} pertanyaan survei; ubah pertanyaan tersebut saja.</translation>
        </message>
        <message>
            <source>No passphrase was given: type it when asked, or use --passphrase-file.</source>
            <translation>Frasa sandi belum diberikan: ketik saat diminta, atau gunakan --passphrase-file.</translation>
        </message>
        <message>
            <source>The database is healthy and may be in use: log in as an administrator (--user) to replace it with a backup.</source>
            <translation>Basis data dalam keadaan baik dan mungkin sedang dipakai: masuk sebagai administrator (--user) untuk menggantinya dengan cadangan.</translation>
        </message>
        <message>
            <source>Write what the person asked for or what was done.</source>
            <translation>Tulis apa yang diminta orang tersebut atau apa yang sudah dilakukan.</translation>
        </message>
        <message>
            <source>The retention period is a number of months from 1 to {most}.</source>
            <translation>Masa simpan adalah jumlah bulan dari 1 sampai {most}.</translation>
        </message>
        <message>
            <source>The server did not accept this password.</source>
            <translation>Server tidak menerima kata sandi ini.</translation>
        </message>
        <message>
            <source>Type the password.</source>
            <translation>Ketik kata sandi.</translation>
        </message>
        <message>
            <source>The export was cancelled; no archive was written.</source>
            <translation>Ekspor dibatalkan; tidak ada arsip yang ditulis.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was loaded.</source>
            <translation>Impor dibatalkan; tidak ada yang dimuat.</translation>
        </message>
        <message>
            <source>The archive is damaged or was changed: {member} ({reason}). Nothing was loaded.</source>
            <translation>Arsip rusak atau telah diubah: {member} ({reason}). Tidak ada yang dimuat.</translation>
        </message>
        <message>
            <source>{file} is not a Pelita archive: it is not a zip file.</source>
            <translation>{file} bukan arsip Pelita: berkas ini bukan berkas zip.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} tidak dapat dibaca: {reason}</translation>
        </message>
        <message>
            <source>This zip file is not a Pelita archive: it has no manifest.json.</source>
            <translation>Berkas zip ini bukan arsip Pelita: tidak ada manifest.json di dalamnya.</translation>
        </message>
        <message>
            <source>This zip file is not a Pelita archive: its manifest is not Pelita's.</source>
            <translation>Berkas zip ini bukan arsip Pelita: manifesnya bukan milik Pelita.</translation>
        </message>
        <message>
            <source>This archive was written by a newer version of Pelita ({version}, schema {revision}). Install that version or a newer one to import it; nothing was loaded.</source>
            <translation>Arsip ini ditulis oleh Pelita versi yang lebih baru ({version}, skema {revision}). Pasang versi tersebut atau yang lebih baru untuk mengimpornya; tidak ada yang dimuat.</translation>
        </message>
        <message>
            <source>The archive is incomplete: {member} is missing. Nothing was loaded.</source>
            <translation>Arsip tidak lengkap: {member} tidak ada. Tidak ada yang dimuat.</translation>
        </message>
        <message>
            <source>The archive was changed or damaged after it was written: {member} is not as it was. Nothing was loaded.</source>
            <translation>Arsip diubah atau rusak setelah ditulis: {member} tidak lagi sama seperti semula. Tidak ada yang dimuat.</translation>
        </message>
        <message>
            <source>This database already holds data (table {table}). An archive can only be imported into a new, empty database; nothing was loaded.</source>
            <translation>Basis data ini sudah berisi data (tabel {table}). Arsip hanya dapat diimpor ke basis data baru yang masih kosong; tidak ada yang dimuat.</translation>
        </message>
        <message>
            <source>Filtering by disability or social assistance is for clerks and administrators.</source>
            <translation>Penyaringan menurut disabilitas atau bantuan sosial hanya untuk petugas dan administrator.</translation>
        </message>
        <message>
            <source>{name} still has equipment on loan: take it back first.</source>
            <translation>{name} masih meminjam peralatan: kembalikan peralatannya terlebih dahulu.</translation>
        </message>
    </context>
    <context>
        <name>privacy</name>
        <message>
            <source>Access to own data</source>
            <translation>Akses ke data pribadi sendiri</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Perbaikan</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Penghapusan</translation>
        </message>
        <message>
            <source>Withdrawal of consent</source>
            <translation>Penarikan persetujuan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Belum selesai</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Ditolak</translation>
        </message>
        <message>
            <source>The person receives everything Pelita holds about them, as a readable PDF and a JSON file.</source>
            <translation>Orang tersebut menerima semua data yang disimpan Pelita tentang dirinya, sebagai PDF yang mudah dibaca dan berkas JSON.</translation>
        </message>
        <message>
            <source>Something on record is wrong: the person's profile is corrected by hand.</source>
            <translation>Ada data yang salah: profil orang tersebut diperbaiki secara manual.</translation>
        </message>
        <message>
            <source>The person is anonymised. What the certificate register needs is kept.</source>
            <translation>Orang tersebut dianonimkan. Data yang diperlukan buku register sertifikat tetap disimpan.</translation>
        </message>
        <message>
            <source>The person no longer agrees to be contacted: they leave the follow-up call lists at once.</source>
            <translation>Orang tersebut tidak lagi bersedia dihubungi: namanya langsung dikeluarkan dari daftar panggilan tindak lanjut.</translation>
        </message>
        <message>
            <source>E&amp;xport their data…</source>
            <translation>E&amp;kspor datanya…</translation>
        </message>
        <message>
            <source>Open the &amp;profile</source>
            <translation>Buka &amp;profil</translation>
        </message>
        <message>
            <source>&amp;Anonymise…</source>
            <translation>&amp;Anonimkan…</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translation>&amp;Tarik persetujuan…</translation>
        </message>
        <message>
            <source>Erased: the name (replaced by a number), NIK, KK, phone, address, place of birth, disability, social assistance, photo and notes.

Kept: the enrolments, attendance and results under that number, so the centre's figures stay right, and the certificates in the register as they were issued, so they can still be verified.</source>
            <translation>Dihapus: nama (diganti dengan nomor), NIK, KK, nomor HP, alamat, tempat lahir, disabilitas, bantuan sosial, foto, dan catatan.

Disimpan: pendaftaran, kehadiran, dan hasil di bawah nomor tersebut, agar angka-angka lembaga tetap benar, serta sertifikat di buku register sebagaimana diterbitkan, agar tetap dapat diverifikasi.</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Terdaftar</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Pendaftaran</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Kehadiran</translation>
        </message>
        <message>
            <source>Certificate issued</source>
            <translation>Sertifikat diterbitkan</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>Panggilan tindak lanjut</translation>
        </message>
        <message>
            <source>Equipment lent or handed over</source>
            <translation>Peralatan dipinjamkan atau diserahterimakan</translation>
        </message>
    </context>
    <context>
        <name>programmes</name>
        <message>
            <source>Enter the programme code: 2 to 10 letters or digits, such as MJH. Cohort codes start with it (MJH-2026-03).</source>
            <translation>Isi kode program: 2 sampai 10 huruf atau angka, misalnya MJH. Kode angkatan diawali kode ini (MJH-2026-03).</translation>
        </message>
        <message>
            <source>The programme code has {low} to {high} letters (A–Z) or digits, without spaces or signs, such as MJH.</source>
            <translation>Kode program terdiri dari {low} sampai {high} huruf (A–Z) atau angka, tanpa spasi atau tanda, misalnya MJH.</translation>
        </message>
        <message>
            <source>Enter the programme's name.</source>
            <translation>Isi nama program.</translation>
        </message>
        <message>
            <source>The programme's name is {length} characters long; at most {limit}.</source>
            <translation>Nama program {length} karakter; paling banyak {limit}.</translation>
        </message>
        <message>
            <source>Enter the skill area (kejuruan), such as sewing or cooking.</source>
            <translation>Isi kejuruan, misalnya menjahit atau tata boga.</translation>
        </message>
        <message>
            <source>The skill area is {length} characters long; at most {limit}.</source>
            <translation>Kejuruan {length} karakter; paling banyak {limit}.</translation>
        </message>
        <message>
            <source>The description is {length} characters long; at most {limit}.</source>
            <translation>Deskripsi {length} karakter; paling banyak {limit}.</translation>
        </message>
        <message>
            <source>The programme's total hours must be between {low} and {high} JP.</source>
            <translation>Jumlah jam program harus antara {low} dan {high} JP.</translation>
        </message>
        <message>
            <source>One JP lasts between {low} and {high} minutes.</source>
            <translation>Satu JP lamanya antara {low} dan {high} menit.</translation>
        </message>
        <message>
            <source>The default capacity must be at least 1 participant.</source>
            <translation>Kapasitas bawaan paling sedikit 1 peserta.</translation>
        </message>
        <message>
            <source>The default capacity can be at most {high} participants.</source>
            <translation>Kapasitas bawaan paling banyak {high} peserta.</translation>
        </message>
        <message>
            <source>Unit {row}: enter its code as in the competency standard, such as TIK.OP02.001.01.</source>
            <translation>Unit {row}: isi kodenya sesuai standar kompetensi, misalnya TIK.OP02.001.01.</translation>
        </message>
        <message>
            <source>Unit {row}: the code is {length} characters long; at most {limit}.</source>
            <translation>Unit {row}: kodenya {length} karakter; paling banyak {limit}.</translation>
        </message>
        <message>
            <source>Unit {row}: the code {code} is already used by unit {first}. Each unit needs its own code.</source>
            <translation>Unit {row}: kode {code} sudah dipakai unit {first}. Setiap unit perlu kode sendiri.</translation>
        </message>
        <message>
            <source>Unit {row}: enter its title.</source>
            <translation>Unit {row}: isi judulnya.</translation>
        </message>
        <message>
            <source>Unit {row}: the title is {length} characters long; at most {limit}.</source>
            <translation>Unit {row}: judulnya {length} karakter; paling banyak {limit}.</translation>
        </message>
        <message>
            <source>Unit {row}: its hours must be between {low} and {high} JP.</source>
            <translation>Unit {row}: jamnya harus antara {low} dan {high} JP.</translation>
        </message>
        <message>
            <source>The units add up to {total} JP, more than the programme's {hours} JP. Shorten the units or raise the programme's hours.</source>
            <translation>Jumlah jam unit {total} JP, lebih dari {hours} JP program. Kurangi jam unit atau tambah jam program.</translation>
        </message>
        <message>
            <source>Material {row}: the quantity per participant must be more than 0.</source>
            <translation>Bahan {row}: jumlah per peserta harus lebih dari 0.</translation>
        </message>
        <message>
            <source>Material {row}: the quantity per participant must be below {high}.</source>
            <translation>Bahan {row}: jumlah per peserta harus di bawah {high}.</translation>
        </message>
        <message>
            <source>Material {row}: the quantity per participant can have at most 3 decimals.</source>
            <translation>Bahan {row}: jumlah per peserta paling banyak 3 angka desimal.</translation>
        </message>
        <message>
            <source>Material {row}: enter its name.</source>
            <translation>Bahan {row}: isi namanya.</translation>
        </message>
        <message>
            <source>Material {row}: the name is {length} characters long; at most {limit}.</source>
            <translation>Bahan {row}: namanya {length} karakter; paling banyak {limit}.</translation>
        </message>
        <message>
            <source>Material {row}: {name} is already listed as material {first}. List each material once.</source>
            <translation>Bahan {row}: {name} sudah tercantum sebagai bahan {first}. Cantumkan setiap bahan sekali saja.</translation>
        </message>
        <message>
            <source>Material {row}: enter its unit, such as metre, kg, piece or roll.</source>
            <translation>Bahan {row}: isi satuannya, misalnya meter, kg, buah atau rol.</translation>
        </message>
        <message>
            <source>Material {row}: the unit is {length} characters long; at most {limit}.</source>
            <translation>Bahan {row}: satuannya {length} karakter; paling banyak {limit}.</translation>
        </message>
        <message>
            <source>This programme no longer exists.</source>
            <translation>Program ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>The code {code} is already used by the programme {name}. Choose another code.</source>
            <translation>Kode {code} sudah dipakai program {name}. Pilih kode lain.</translation>
        </message>
        <message>
            <source>The code {code} was just taken by another programme. Choose another code.</source>
            <translation>Kode {code} baru saja dipakai program lain. Pilih kode lain.</translation>
        </message>
        <message>
            <source>This programme has cohorts ({count}), so it cannot be deleted: their records would be lost. Archive it instead; it is no longer offered and everything is kept.</source>
            <translation>Program ini punya angkatan ({count}), jadi tidak dapat dihapus: datanya akan hilang. Arsipkan saja; program tidak ditawarkan lagi dan semua data tetap tersimpan.</translation>
        </message>
        <message>
            <source>Participants chose this programme as a wish ({count}), so it cannot be deleted. Archive it instead; it is no longer offered and their wishes are kept.</source>
            <translation>Peserta memilih program ini sebagai minat ({count}), jadi tidak dapat dihapus. Arsipkan saja; program tidak ditawarkan lagi dan minat mereka tetap tersimpan.</translation>
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
    <context>
        <name>sponsors</name>
        <message>
            <source>Company (CSR)</source>
            <translation>Perusahaan (CSR)</translation>
        </message>
        <message>
            <source>Foundation or NGO</source>
            <translation>Yayasan atau LSM</translation>
        </message>
        <message>
            <source>Government office</source>
            <translation>Instansi pemerintah</translation>
        </message>
        <message>
            <source>Individual donor</source>
            <translation>Donatur perorangan</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Tunai</translation>
        </message>
        <message>
            <source>In kind</source>
            <translation>Natura (barang)</translation>
        </message>
    </context>
    <context>
        <name>survey</name>
        <message>
            <source>Very poor</source>
            <translation>Sangat kurang</translation>
        </message>
        <message>
            <source>Poor</source>
            <translation>Kurang</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Cukup</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Baik</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>Sangat baik</translation>
        </message>
        <message>
            <source>The material was easy to understand.</source>
            <translation>Materi pelatihan mudah dipahami.</translation>
        </message>
        <message>
            <source>The instructor explained clearly.</source>
            <translation>Instruktur menjelaskan dengan jelas.</translation>
        </message>
        <message>
            <source>The tools and materials were enough.</source>
            <translation>Alat dan bahan yang tersedia sudah cukup.</translation>
        </message>
        <message>
            <source>The schedule suited me.</source>
            <translation>Jadwal pelatihan cocok bagi saya.</translation>
        </message>
        <message>
            <source>I can use what I learned.</source>
            <translation>Saya dapat menggunakan apa yang sudah saya pelajari.</translation>
        </message>
        <message>
            <source>Overall, I am satisfied with the training.</source>
            <translation>Secara keseluruhan, saya puas dengan pelatihan ini.</translation>
        </message>
        <message>
            <source>What should we improve?</source>
            <translation>Apa yang perlu kami perbaiki?</translation>
        </message>
    </context>
    <context>
        <name>waitlist</name>
        <message>
            <source>Disability</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <source>DTSEN welfare decile {decile}</source>
            <translation>Desil kesejahteraan DTSEN {decile}</translation>
        </message>
        <message>
            <source>Listed in DTSEN</source>
            <translation>Terdaftar di DTSEN</translation>
        </message>
        <message>
            <source>Poor family</source>
            <translation>Keluarga miskin</translation>
        </message>
        <message>
            <source>Receives social assistance</source>
            <translation>Menerima bantuan sosial</translation>
        </message>
        <message>
            <source>Wish number {rank} in the needs analysis</source>
            <translation>Minat nomor {rank} pada analisis kebutuhan</translation>
        </message>
        <message>
            <source>Waiting for less than a day</source>
            <translation>Menunggu kurang dari sehari</translation>
        </message>
        <message>
            <source>Waiting for 1 day</source>
            <translation>Menunggu 1 hari</translation>
        </message>
        <message>
            <source>Waiting for {days} days</source>
            <translation>Menunggu {days} hari</translation>
        </message>
    </context>
</TS>
